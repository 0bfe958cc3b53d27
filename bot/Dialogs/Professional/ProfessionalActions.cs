namespace ReIntegratie.Bot.Dialogs.Professional;

/// <summary>The "action" values of the professional's card buttons.</summary>
public static class ProfessionalActions
{
    public const string CreateAppointment = Cards.Professional.AppointmentForm.Action;
    public const string OpenSummary = "openSummary";
    public const string OpenRegistrations = Cards.Professional.AppointmentListCard.OpenRegistrations;
    public const string Refresh = "refresh";
    public const string ResendInvitation = "resendInvitation";
    public const string RevokeInvitation = "revokeInvitation";
    public const string CancelAppointment = "cancelAppointment";
    public const string DeleteClientData = "deleteClientData";
    public const string DeleteConfirmed = Cards.Professional.ConfirmDeleteCard.Confirmed;
    public const string DeleteKept = Cards.Professional.ConfirmDeleteCard.Kept;
    public const string RegistrationForm = Cards.Professional.RegistrationForm.OpenAction;
    public const string AssignRegistration = Cards.Professional.RegistrationForm.Action;

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        CreateAppointment, OpenSummary, OpenRegistrations, Refresh, ResendInvitation, RevokeInvitation, CancelAppointment, DeleteClientData, DeleteConfirmed, DeleteKept,
        RegistrationForm, AssignRegistration,
    };
}
