using Thb.Cli;
using Azure.Storage.Blobs.Models;
using Thb.Cycles;
using Thb.Intake;
using Thb.Local;
using Thb.Reminders;
using Thb.Storage;

namespace Thb.IntegrationTests.Reminders;

/// <summary>
/// A fresh cycle whose contributors' addresses are unique to it (…@{cycle}.test), reminder services sending to the
/// test MailDev, and helpers to sweep, drain, submit and read what arrived.
/// </summary>
public sealed class ReminderScenario
{
    public static readonly DateOnly Deadline = new(2026, 6, 15);

    private ReminderScenario(CommandServices services, Cycle cycle, string domain, ReminderService reminders)
    {
        Services = services;
        Cycle = cycle;
        Domain = domain;
        Reminders = reminders;
    }

    public CommandServices Services { get; }
    public Cycle Cycle { get; }
    public string Domain { get; }
    public ReminderService Reminders { get; }
    public string Owner => $"owner@{Domain}";
    public string Address(string contributor, int n = 1) => $"{contributor}{(n == 1 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture))}@{Domain}";

    /// <summary>
    /// Austria (two addresses), Bulgaria, Cyprus (no address), Germany; deadline 15 June 2026 unless given.
    /// </summary>
    public static async Task<ReminderScenario> CreateAsync(IReadOnlyList<int>? offsets = null, bool owner = true, DateOnly? deadline = null,
        Func<string, string?>? settings = null, ReminderOptions? options = null, TimeProvider? clock = null)
    {
        var id = TestStorage.NewCycleId("rem");
        var domain = $"{id}.test";
        var smtp = await TestMailDev.SmtpUriAsync();
        Func<string, string?> all = name => settings?.Invoke(name) ?? name switch
        {
            "THB_SMTP" => smtp,
            "THB_MAIL_FROM" => "THB test <thb@example.test>",
            _ => null,
        };
        var services = await TestStorage.ServicesAsync(clock, all);
        var reminders = options is null
            ? services.Reminders
            : new ReminderService(services.Storage, services.CycleStore, services.Queries, services.Reminders.Mail, services.Clock, null, options);
        var contributors = new List<Contributor>
        {
            new(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, [$"austria@{domain}", $"austria2@{domain}"]),
            new(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, [$"bulgaria@{domain}"]),
            new(ContributorId.Parse("cyprus"), "Cyprus", ContributorKind.MemberState, 3, []),
            new(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 4, [$"germany@{domain}"]),
        };
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(id), $"Test cycle {id}", deadline ?? Deadline, CycleState.Open, offsets ?? [14, 7, 2], OwnerEmail: owner ? $"owner@{domain}" : null),
            contributors);
        return new ReminderScenario(services, cycle, domain, reminders);
    }

    public Task<Cycle> CurrentCycleAsync() => Services.Cycles.RequireAsync(Cycle.Id);

    public async Task<SweepResult> SweepAsync(DateTimeOffset now, SweepMode mode = SweepMode.Record) =>
        await Reminders.SweepAsync(await CurrentCycleAsync(), now, mode);

    /// <summary>Sweep and send, as `thb remind` does.</summary>
    public async Task<(SweepResult Sweep, IReadOnlyList<SendResult> Sent)> RemindAsync(DateTimeOffset now)
    {
        var sweep = await SweepAsync(now);
        return (sweep, await Reminders.DrainAsync(Cycle.Id, now));
    }

    public Task<IReadOnlyList<MailDevMessage>> MessagesAsync() => TestMailDev.MessagesToAsync(Domain);

    public async Task<IReadOnlyList<MailDevMessage>> MessagesToAsync(string address) =>
        (await MessagesAsync()).Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public Task<OutboxEntry?> EntryAsync(string contributor, ReminderKind kind, DateOnly? deadline = null) =>
        Reminders.Outbox.GetAsync(OutboxKey.ForReminder(Cycle.Id, ContributorId.Parse(contributor), deadline ?? Cycle.Deadline, kind));

    public async Task<IntakeResult> SubmitAsync(string contributor, string fileName, byte[] content)
    {
        var blobName = $"{Cycle.Id}/{contributor}/{fileName}";
        var blob = Services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { Metadata = IntakeService.UploadMetadata(fileName, DateTimeOffset.UtcNow) });
        return (await Services.Intake.ProcessAsync(blobName))!;
    }

    public Task<IntakeResult> SubmitSampleAsync(string delegation) =>
        SubmitAsync(delegation.ToLowerInvariant(), $"{delegation}.xlsx", File.ReadAllBytes(TestData.Sample(delegation)));

    /// <summary>An instant given as Brussels local time.</summary>
    public static DateTimeOffset Brussels(DateOnly date, int hour, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(hour, minute)), BrusselsTime.Zone), TimeSpan.Zero);
}
