namespace Thb.Normalising.Tests;

public class BoundedMemoTests
{
    [Fact]
    public void Remembers_up_to_its_capacity_and_then_only_computes()
    {
        var memo = new BoundedMemo<string, int>(2);
        var calls = 0;
        int Length(string s)
        {
            calls++;
            return s.Length;
        }

        Assert.Equal(1, memo.GetOrAdd("a", Length));
        Assert.Equal(1, memo.GetOrAdd("a", Length));
        Assert.Equal(2, memo.GetOrAdd("bb", Length));
        Assert.Equal(3, memo.GetOrAdd("ccc", Length));
        Assert.Equal(3, memo.GetOrAdd("ccc", Length));
        Assert.Equal(2, memo.Count);
        Assert.Equal(4, calls); // "a" and "bb" once each, "ccc" every time
    }
}
