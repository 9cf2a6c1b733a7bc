using Thb.Cycles;
using Thb.Intake;
using Thb.Reminders.Mail;
using Thb.Storage;

namespace Thb.Reminders;

public sealed record SweepDigest(OutboxKey Key, string To, SweepItemState State, string Subject);
