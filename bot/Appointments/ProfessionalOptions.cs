namespace ReIntegratie.Bot.Appointments;

/// <summary>Settings section "Professionals": the Entra tenants whose Teams users are professionals.</summary>
public sealed class ProfessionalOptions
{
    public const string Section = "Professionals";

    public List<string> AllowedTenantIds { get; set; } = [];
}
