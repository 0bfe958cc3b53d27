using System.Globalization;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Settings section "Retention": client data is erased this many days after the appointment; on Azure
/// the storage account's soft delete keeps erased blobs for <see cref="StorageSoftDeleteDays"/> more
/// days (infra sets both from the same parameter). What the client is told comes from these values.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int DaysAfterAppointment { get; set; } = 30;

    public int StorageSoftDeleteDays { get; set; }

    /// <summary>The sentence that tells the client when their data goes.</summary>
    public string DataGoes(TextCatalog texts, Language language) =>
        texts.Format(StorageSoftDeleteDays > 0 ? "journey.dataGoes.backup" : "journey.dataGoes", language, new Dictionary<string, string>
        {
            ["days"] = DaysAfterAppointment.ToString(CultureInfo.InvariantCulture),
            ["backupDays"] = StorageSoftDeleteDays.ToString(CultureInfo.InvariantCulture),
        });
}
