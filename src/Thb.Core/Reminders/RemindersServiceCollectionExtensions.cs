using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thb.Cycles;
using Thb.Reminders.Mail;

namespace Thb.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>Reminders: the outbox, the mail settings (bound from THB_SMTP, THB_MAIL_FROM, THB_MAIL_OUTBOX) and the sweep and sender over them.</summary>
    public static IServiceCollection AddThbReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddThbCycles();
        services.AddOptions<MailOptions>().Bind(configuration);
        services.TryAddSingleton(sp => MailSettings.Create(sp.GetRequiredService<IOptions<MailOptions>>().Value));
        services.TryAddSingleton(new ReminderOptions());
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<ScheduledSweep>();
        return services;
    }
}
