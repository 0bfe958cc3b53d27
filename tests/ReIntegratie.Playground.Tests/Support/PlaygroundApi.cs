using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>The professional panel's API (/playground/api) as the page calls it, over real HTTP.</summary>
public sealed class PlaygroundApi(HttpClient http)
{
    public const string Path = "playground/api";

    /// <summary>Creates an appointment the way the panel does: the Teams form's preset values, with a name and a date a week ahead.</summary>
    public async Task<(string AppointmentId, string Code)> CreateAppointmentAsync(string clientName, DateOnly today)
    {
        var form = (await http.GetFromJsonAsync<JsonObject>($"{Path}/form"))!["card"]!.AsObject();
        var data = CardJson.SubmitData(form);
        data["clientName"] = clientName;
        data["date"] = today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await PostAsync($"{Path}/appointments", data);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (created["appointmentId"]!.GetValue<string>(), created["code"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> GetRegistrationFormAsync(string appointmentId) =>
        http.GetAsync($"{Path}/appointments/{Uri.EscapeDataString(appointmentId)}/registration-form");

    /// <summary>The registration form's submit data with its preset values (OMA registration, first day today) and a complaint.</summary>
    public async Task<JsonObject> FilledRegistrationFormAsync(string appointmentId, string complaint)
    {
        using var response = await GetRegistrationFormAsync(appointmentId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = CardJson.SubmitData((await response.Content.ReadFromJsonAsync<JsonObject>())!["card"]!.AsObject());
        data["complaint"] = complaint;
        return data;
    }

    public Task<HttpResponseMessage> AssignAsync(string appointmentId, JsonNode body) =>
        PostAsync($"{Path}/appointments/{Uri.EscapeDataString(appointmentId)}/registrations", body);

    public Task<HttpResponseMessage> AssignRawAsync(string appointmentId, string body) =>
        http.PostAsync($"{Path}/appointments/{Uri.EscapeDataString(appointmentId)}/registrations", new StringContent(body, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> SendNextReminderAsync(string appointmentId) =>
        http.PostAsync($"{Path}/appointments/{Uri.EscapeDataString(appointmentId)}/reminders/run-next", content: null);

    private Task<HttpResponseMessage> PostAsync(string path, JsonNode body) =>
        http.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
}
