using MimeKit;

namespace Thb.Cycles;

/// <summary>
/// The registry's e-mail addresses (cycle owners, contributors' recipients), checked with the parser the reminder
/// sender uses, so an address the registry takes is one the digest and the reminders can send to.
/// </summary>
public static class EmailAddresses
{
    /// <summary>A bare address (name@domain) MailKit parses back to itself.</summary>
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return false;
        var trimmed = address.Trim();
        return MailboxAddress.TryParse(ParserOptions.Default, trimmed, out var mailbox) &&
               string.Equals(mailbox.Address, trimmed, StringComparison.OrdinalIgnoreCase) &&
               mailbox.Domain.Length > 0 && mailbox.LocalPart.Length > 0 && !mailbox.Domain.StartsWith('.') && !mailbox.Domain.EndsWith('.');
    }

    /// <summary>What to tell the person who typed <paramref name="address"/> as <paramref name="what"/>.</summary>
    public static string Problem(string address, string what) =>
        $"{what} '{address}' is not an e-mail address the reminders can be sent to: write it as name@domain (e.g. thb@presidency.example.eu).";

    /// <summary>Throws the <see cref="Problem"/> of the first address in <paramref name="addresses"/> that is not valid.</summary>
    public static void Require(IEnumerable<string> addresses, string what)
    {
        foreach (var address in addresses)
            if (!IsValid(address)) throw new ArgumentException(Problem(address, what));
    }
}
