using Thb.Cycles;
using Thb.Review;

namespace Thb.Tests.Review;

public class ReviewStatesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static ReviewEntry Entry(ReviewAction action, string submission, int minutes) =>
        new(CycleId.Parse("c1"), ContributorId.Parse("austria"), ReviewStore.NewId(T0.AddMinutes(minutes)), action, SubmissionId.Parse(submission), "analyst", ReviewRole.Presidency, T0.AddMinutes(minutes), "x", []);

    [Fact]
    public void No_current_return_has_no_review() => Assert.Null(ReviewStates.Of(ContributorId.Parse("austria"), null, [Entry(ReviewAction.Approved, "s1", 1)]));

    [Fact]
    public void A_current_return_without_a_decision_is_received() =>
        Assert.Equal(ReviewState.Received, ReviewStates.Of(ContributorId.Parse("austria"), SubmissionId.Parse("s1"), [Entry(ReviewAction.Received, "s1", 0), Entry(ReviewAction.Comment, "s1", 1)])!.State);

    [Fact]
    public void The_latest_decision_about_the_current_return_holds()
    {
        var thread = new[] { Entry(ReviewAction.CorrectionRequested, "s1", 1), Entry(ReviewAction.Approved, "s1", 2) };
        var review = ReviewStates.Of(ContributorId.Parse("austria"), SubmissionId.Parse("s1"), thread)!;
        Assert.Equal(ReviewState.Approved, review.State);
        Assert.Equal(thread[1].Id, review.Decision!.Id);
        Assert.Equal(ReviewState.CorrectionRequested, ReviewStates.Of(ContributorId.Parse("austria"), SubmissionId.Parse("s1"), thread.Take(1))!.State);
    }

    [Fact]
    public void A_new_current_return_after_a_request_is_received_again()
    {
        var thread = new[] { Entry(ReviewAction.CorrectionRequested, "s1", 1) };
        Assert.Equal(ReviewState.CorrectionRequested, ReviewStates.Of(ContributorId.Parse("austria"), SubmissionId.Parse("s1"), thread)!.State);
        // The rejected upload never becomes current, so the current id stays s1 and so does the state; an accepted one (s2) is received.
        Assert.Equal(ReviewState.Received, ReviewStates.Of(ContributorId.Parse("austria"), SubmissionId.Parse("s2"), thread)!.State);
    }

    [Fact]
    public void Another_contributors_decision_does_not_count() =>
        Assert.Equal(ReviewState.Received, ReviewStates.Of(ContributorId.Parse("bulgaria"), SubmissionId.Parse("s1"), [Entry(ReviewAction.Approved, "s1", 1)])!.State);

    [Fact]
    public void Entry_ids_sort_by_time()
    {
        var early = ReviewStore.NewId(T0);
        var late = ReviewStore.NewId(T0.AddTicks(1));
        Assert.True(string.CompareOrdinal(early, late) < 0);
    }

    [Theory]
    [InlineData("b12", "B12")]
    [InlineData(" Return!b12 ", "Return!B12")]
    [InlineData("'My sheet'!$C$7", "My sheet!C7")]
    public void Cells_are_normalised(string text, string expected)
    {
        Assert.Equal(expected, ReviewCells.Normalise(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("row 12")]
    [InlineData("Return!")]
    [InlineData("!B12")]
    [InlineData("B0")]
    public void A_cell_that_is_none_is_refused_with_a_reason(string text)
    {
        Assert.Null(ReviewCells.Normalise(text, out var problem));
        Assert.Contains(text, problem);
        Assert.Null(ReviewCells.NormaliseAll(["B2", text], out _));
    }
}
