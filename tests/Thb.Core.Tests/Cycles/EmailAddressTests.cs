using Thb.Cycles;
using Thb.Portal;

namespace Thb.Tests.Cycles;

public class EmailAddressTests
{
    [Theory]
    [InlineData("thb@presidency.example.eu")]
    [InlineData("first.last+thb@mfa.example.de")]
    public void A_plain_address_is_taken(string address) => Assert.True(EmailAddresses.IsValid(address));

    [Theory]
    [InlineData("bad")]
    [InlineData("a@")]
    [InlineData("@example.eu")]
    [InlineData("two words@example.eu")]
    [InlineData("Name <thb@example.eu>")]
    [InlineData("thb@example.eu, other@example.eu")]
    [InlineData("")]
    public void What_the_sender_cannot_send_to_is_refused(string address) => Assert.False(EmailAddresses.IsValid(address));

    [Fact]
    public async Task Opening_a_cycle_refuses_a_bad_owner_and_names_it()
    {
        var service = new CycleService(null!, TimeProvider.System);
        var cycle = new Cycle(CycleId.Parse("c-1"), "Cycle", new DateOnly(2026, 12, 31), CycleState.Open, [7], null, null, "not-an-address");
        var e = await Assert.ThrowsAsync<ArgumentException>(() => service.OpenAsync(cycle, null));
        Assert.Contains("'not-an-address'", e.Message);
    }

    [Fact]
    public void The_contributors_file_names_the_line_and_the_bad_address()
    {
        var e = Assert.Throws<FormatException>(() => ContributorCsv.Parse("id,name,kind,order,emails\nmalta,Malta,member-state,1,ok@example.mt;nope@\n"));
        Assert.Contains("Line 2", e.Message);
        Assert.Contains("'nope@'", e.Message);
    }

    [Fact]
    public void The_local_portal_secret_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("thb-secret-").FullName;
        var secret = PortalOptions.LocalSecret(folder);
        var path = Path.Combine(folder, "portal-secret");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Equal(secret, PortalOptions.LocalSecret(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
