using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Registrations;
using ReIntegratie.Bot.Cards.Summary;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Onboarding;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Dialogs.Professional;
using ReIntegratie.Bot.Dialogs.Registrations;
using ReIntegratie.Bot.Dialogs.Review;
using ReIntegratie.Bot.Dialogs.Root;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Preparation;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Wiring;

/// <summary>The bot's own conversation logic and its content.</summary>
public static class BotWiring
{
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClientOptions>().BindSettings(builder.Configuration.GetSection(ClientOptions.Section));
        services.AddOptions<ProfessionalOptions>().BindSettings(builder.Configuration.GetSection(ProfessionalOptions.Section)).ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindSettings(builder.Configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.DaysAfterAppointment is >= 0 and <= 3650, "Setting Retention:DaysAfterAppointment must be between 0 and 3650.")
            .Validate(o => o.StorageSoftDeleteDays is >= 0 and <= 365, "Setting Retention:StorageSoftDeleteDays must be between 0 and 365.")
            .ValidateOnStart();
        services.AddSingleton(PreparationContent.Default);
        services.AddSingleton(sp => sp.GetRequiredService<PreparationContent>().Texts);
        services.AddSingleton(CommandCatalog.Default);
        services.AddSingleton(AnswerWords.Default);
        services.AddSingleton<AppointmentStore>();
        services.AddSingleton<InvitationAttempts>();
        services.AddSingleton<ClientBinding>();
        services.AddSingleton<PreparationStore>();
        services.AddSingleton<PreparationService>();
        services.AddSingleton<IClientConversations>(sp => sp.GetRequiredService<ConversationStateStore>());
        services.AddSingleton<IClientProgressSource>(sp => sp.GetRequiredService<ConversationStateStore>());
        services.AddSingleton<IConversationEffects, ClientEffects>();

        services.AddSingleton<StepViews>();
        services.AddSingleton<StepAnswers>();
        services.AddSingleton<JourneyProgress>();
        services.AddSingleton<StepPrompts>();
        services.AddSingleton<AnswersOverview>();
        services.AddSingleton<ClientDataEraser>();
        services.AddSingleton<InvitationDialog>();
        services.AddSingleton<ConsentDialog>();
        services.AddSingleton<PreparationDialog>();
        services.AddSingleton<ReIntegratie.Bot.Cards.Review.ReviewCards>();
        services.AddSingleton<ReviewDialog>();
        services.AddSingleton<ClientDialogSet>();
        services.AddSingleton<AppointmentService>();
        services.AddSingleton<ReIntegratie.Bot.Cards.Summary.SummaryCardBuilder>();
        services.AddSingleton<SummaryCards>();
        services.AddSingleton<ClientConversation>();
        services.AddSingleton<ProfessionalConversation>();
        services.AddSingleton<IConversationHandler, ConversationRouter>();
        services.AddSingleton<IWorkHandler, SummaryDeliveryHandler>();
        services.AddSingleton<IWorkHandler, RetentionHandler>();
        services.AddSingleton<Registrations.RegistrationStore>();
        services.AddSingleton<Registrations.RegistrationScheduler>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<Cards.Registrations.RegistrationCards>();
        services.AddSingleton<Cards.Registrations.RegistrationOverview>();
        services.AddSingleton<Dialogs.Registrations.RegistrationConversation>();
        services.AddSingleton<Registrations.RegistrationAssigner>();
        services.AddSingleton<Registrations.ReminderIndex>();
        services.AddSingleton<Registrations.ReminderSender>();
        services.AddSingleton<Registrations.ReminderDispatcher>();
        services.AddSingleton<Registrations.ReminderCleanup>();
        services.AddSingleton<IAppointmentErasure, Registrations.ReminderErasure>();
        services.AddHostedService(sp => sp.GetRequiredService<Registrations.ReminderDispatcher>());

        services.AddSingleton<IBot, ReIntegratieBot>();
        services.AddHealthChecks();
        return builder;
    }
}
