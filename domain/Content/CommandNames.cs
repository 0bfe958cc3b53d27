namespace ReIntegratie.Domain.Content;

/// <summary>The ids of the global commands in commands.json.</summary>
public static class CommandNames
{
    public const string Help = "help";
    public const string Pause = "pause";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string StartOver = "startOver";
    public const string Language = "language";
    public const string ShowAnswers = "showAnswers";
    public const string MyData = "myData";
    public const string DeleteMyData = "deleteMyData";
    public const string NewAppointment = "newAppointment";
    public const string MyAppointments = "myAppointments";
    public const string RegistrationOverview = "registrationOverview";
    public const string RegistrationPause = "registrationPause";
    public const string RegistrationResume = "registrationResume";
    public const string RegistrationStop = "registrationStop";
    public const string RegistrationShare = "registrationShare";
    public const string RegistrationUnshare = "registrationUnshare";
}
