using Thb.Cycles;
using Thb.Reminders;
using Thb.Storage;

namespace Thb.Tests.Reminders;

public class OutboxKeyTests
{
    [Fact]
    public void A_reminder_key_names_contributor_deadline_and_slot()
    {
        var key = OutboxKey.ForReminder(CycleId.Parse("2026-1"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Before(7));
        Assert.Equal("austria~2026-06-15~before-7", key.RowKey);
        Assert.True(TableText.IsValidKey(key.RowKey));
        Assert.Equal("austria", key.ContributorId);
        Assert.False(key.IsDigest);
    }

    [Fact]
    public void An_extension_gives_new_keys_and_new_message_ids()
    {
        var before = OutboxKey.ForReminder(CycleId.Parse("2026-1"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Before(7));
        var after = OutboxKey.ForReminder(CycleId.Parse("2026-1"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 29), ReminderKind.Before(7));
        Assert.NotEqual(before, after);
        Assert.NotEqual(before.MessageId, after.MessageId);
    }

    [Fact]
    public void The_message_id_is_stable_for_a_key_and_unique_across_keys()
    {
        var key = OutboxKey.ForReminder(CycleId.Parse("2026-1"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Overdue(1));
        Assert.Equal(key.MessageId, new OutboxKey("2026-1", "austria~2026-06-15~overdue-1").MessageId);
        Assert.Matches("^[0-9a-f]{32}@thb-functions$", key.MessageId);
        Assert.NotEqual(key.MessageId, new OutboxKey("2026-2", key.RowKey).MessageId);
    }

    [Fact]
    public void A_digest_key_depends_on_what_it_reports_not_on_order()
    {
        var a = OutboxKey.ForReminder(CycleId.Parse("c"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Before(7));
        var b = OutboxKey.ForReminder(CycleId.Parse("c"), ContributorId.Parse("bulgaria"), new DateOnly(2026, 6, 15), ReminderKind.Before(7));
        var digest = OutboxKey.ForDigest(CycleId.Parse("c"), [a, b]);
        Assert.Equal(digest, OutboxKey.ForDigest(CycleId.Parse("c"), [b, a]));
        Assert.NotEqual(digest, OutboxKey.ForDigest(CycleId.Parse("c"), [a]));
        Assert.True(digest.IsDigest);
        Assert.Null(digest.ContributorId);
        Assert.True(TableText.IsValidKey(digest.RowKey));
    }

    [Fact]
    public void Queue_messages_round_trip_and_strangers_are_refused()
    {
        var key = OutboxKey.ForReminder(CycleId.Parse("2026-1"), ContributorId.Parse("austria"), new DateOnly(2026, 6, 15), ReminderKind.Before(7));
        Assert.Equal(key, OutboxKey.FromQueueMessage(key.ToQueueMessage()));
        Assert.Contains("\"cycle\":\"2026-1\"", key.ToQueueMessage());
        Assert.Null(OutboxKey.FromQueueMessage("not json"));
        Assert.Null(OutboxKey.FromQueueMessage("{\"cycle\":\"a/b\",\"key\":\"x\"}"));
        Assert.Null(OutboxKey.FromQueueMessage("{}"));
        Assert.Null(OutboxKey.FromQueueMessage(""));
    }
}
