namespace Thb.Reminders;

/// <summary>The e-mail itself, composed when the sweep records it: a redelivered message sends the very same text.</summary>
public sealed record MailContent(string Subject, string Text, string Html);
