using System.Reflection;
using Microsoft.Extensions.Configuration;
using Thb.Intake;
using Thb.Portal;
using Thb.Reminders.Mail;

namespace Thb;

/// <summary>
/// The settings the options of <see cref="ThbServiceCollectionExtensions.AddThbCore"/> are bound from, read off their
/// [ConfigurationKeyName] attributes — for a host (the CLI) whose settings come from a lookup rather than a
/// configuration it can enumerate. The storage connection is named apart (<see cref="Storage.StorageConnection"/>).
/// </summary>
public static class ThbSettingNames
{
    public static IReadOnlyList<string> All { get; } =
        new[] { typeof(IntakeOptions), typeof(Annex.AnnexOptions), typeof(MailOptions), typeof(PortalOptions), typeof(Storage.StorageClientOptions) }
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name)
            .OfType<string>()
            .ToList();
}
