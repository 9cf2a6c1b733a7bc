using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders.Mail;
using Thb.Storage;

namespace Thb.Reminders;

public sealed record SweepItem(ContributorPlan Plan, OutboxKey Key, SweepItemState State, OutboxState? Stored, string Subject);
