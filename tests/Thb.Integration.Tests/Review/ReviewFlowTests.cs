using Thb.Cycles;
using ClosedXML.Excel;
using Thb.Annex;
using Thb.IntegrationTests.Reminders;
using Thb.Intake.Returns;
using Thb.Reminders;
using Thb.Review;

namespace Thb.IntegrationTests.Review;

/// <summary>Issue 16, item 1 on Azurite and MailDev: request a correction → one e-mail → a new upload → received → approve → the annex counts it.</summary>
public class ReviewFlowTests
{
    private static string CoverFact(byte[] xlsx, string label)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var cell = workbook.Worksheet(AnnexWorkbook.CoverSheet).CellsUsed().First(c => c.GetString() == label);
        return cell.CellRight().GetString();
    }

    [Fact]
    public async Task Request_a_correction_then_a_new_upload_is_received_and_an_approval_is_counted_on_the_cover()
    {
        var s = await ReviewScenario.CreateAsync();
        var first = await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("the region"));
        Assert.True(first.IsCurrent);
        Assert.Equal(ReviewState.Received, await s.StateAsync("austria"));

        var request = await s.Services.Reviews.RequestCorrectionAsync(s.Request("austria", "Row 8: which country is 'the region'?", "Return!A8"), handOff: false);
        Assert.True(request.Done, request.Refusal);
        Assert.Equal(ReviewState.CorrectionRequested, await s.StateAsync("austria"));
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(SendOutcome.Sent, (await s.Services.Reminders.SendAsync(request.Mail!.Value, now)).Outcome);
        // Exactly once: sending it again, and draining the outbox, send nothing more.
        Assert.Equal(SendOutcome.AlreadySent, (await s.Services.Reminders.SendAsync(request.Mail!.Value, now)).Outcome);
        Assert.Empty(await s.Services.Reminders.DrainAsync(s.Cycle.Id, now));
        var mail = Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
        Assert.Equal([$"austria@{s.Domain}"], mail.To);
        Assert.StartsWith("Correction requested — Austria", mail.Subject);
        var source = await TestMailDev.SourceAsync(mail);
        Assert.Contains("which country is 'the region'?", source.TextBody);
        Assert.Contains("Return!A8", source.TextBody);
        Assert.Equal("thb@example.test", source.From.Mailboxes.Single().Address);

        // A rejected upload changes nothing; a new accepted one is received again.
        var rejected = await s.SubmitBytesAsync("austria", "not a workbook"u8.ToArray());
        Assert.False(rejected.Submission.Status.IsAccepted());
        Assert.Equal(ReviewState.CorrectionRequested, await s.StateAsync("austria"));
        var second = await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"), ReviewScenario.Row("Serbia, Albania"));
        Assert.True(second.IsCurrent);
        Assert.Equal(ReviewState.Received, await s.StateAsync("austria"));
        var thread = (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("austria")))!.Entries;
        Assert.Equal([ReviewAction.Received, ReviewAction.CorrectionRequested, ReviewAction.Received], thread.Select(e => e.Action));
        Assert.Equal(second.Submission.Id, thread[^1].SubmissionId);

        var before = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.Equal("0 of 1 accepted returns approved by the Presidency", CoverFact(await s.Services.Annex.ReadAsync(before.Version, AnnexFormat.Xlsx), "Approved"));
        Assert.True((await s.Services.Reviews.ApproveAsync(s.Request("austria"))).Done);
        Assert.Equal(ReviewState.Approved, await s.StateAsync("austria"));
        var after = await s.Services.Annex.CompileAsync(s.Cycle);
        Assert.True(after.Compiled, "an approval changes the annex's inputs");
        Assert.Equal("1 of 1 accepted returns approved by the Presidency", CoverFact(await s.Services.Annex.ReadAsync(after.Version, AnnexFormat.Xlsx), "Approved"));
        Assert.Single(await TestMailDev.MessagesToAsync(s.Domain));
    }

    [Fact]
    public async Task Approved_only_compiles_the_approved_returns_and_names_the_others()
    {
        var s = await ReviewScenario.CreateAsync();
        await s.SubmitAsync("austria", ReviewScenario.Row("Kenya"));
        await s.SubmitAsync("bulgaria", ReviewScenario.Row("Moldova"), ReviewScenario.Row("Ukraine"));
        Assert.True((await s.Services.Reviews.ApproveAsync(s.Request("bulgaria"))).Done);
        var outcome = await s.Services.Annex.CompileAsync(s.Cycle, approvedOnly: true);
        Assert.Equal(2, outcome.Version.Rows);
        var xlsx = await s.Services.Annex.ReadAsync(outcome.Version, AnnexFormat.Xlsx);
        Assert.Equal("left out, not yet approved: Austria", CoverFact(xlsx, "Approved returns only"));
        using (var json = System.Text.Json.JsonDocument.Parse(await s.Services.Annex.ReadAsync(outcome.Version, AnnexFormat.Json)))
        {
            var contributors = json.RootElement.GetProperty("contributors").EnumerateArray().ToDictionary(c => c.GetProperty("contributor").GetString()!);
            Assert.Equal(("received", true), (contributors["austria"].GetProperty("review").GetString(), contributors["austria"].GetProperty("leftOut").GetBoolean()));
            Assert.Equal("approved", contributors["bulgaria"].GetProperty("review").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, contributors["germany"].GetProperty("review").ValueKind);
        }
        Assert.Equal(3, (await s.Services.Annex.CompileAsync(s.Cycle, approvedOnly: false)).Version.Rows);
    }

    [Fact]
    public async Task Review_actions_that_cannot_be_are_refused_with_a_reason()
    {
        var s = await ReviewScenario.CreateAsync();
        Assert.Contains("no accepted return", (await s.Services.Reviews.ApproveAsync(s.Request("germany"))).Refusal);
        await s.SubmitAsync("germany", ReviewScenario.Row("Kenya"));
        Assert.Contains("needs a comment", (await s.Services.Reviews.RequestCorrectionAsync(s.Request("germany"), handOff: false)).Refusal);
        Assert.Contains("is not a cell", (await s.Services.Reviews.RequestCorrectionAsync(s.Request("germany", "x", "row 12"), handOff: false)).Refusal);
        Assert.Contains("no contributor 'france'", (await s.Services.Reviews.ApproveAsync(s.Request("france"))).Refusal);
        Assert.Equal(ReviewState.Received, await s.StateAsync("germany"));
        Assert.Empty(await TestMailDev.MessagesToAsync(s.Domain));
        // The delegation answers on the thread.
        var answer = await s.Services.Reviews.CommentAsync(s.Request("germany", "Row 7 is Kenya, as written."), ReviewRole.Delegation);
        Assert.Equal(ReviewRole.Delegation, (await s.Services.Reviews.ShowAsync(s.Cycle.Id, ContributorId.Parse("germany")))!.Entries[^1].Role);
        Assert.True(answer.Done);
    }
}
