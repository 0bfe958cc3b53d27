using System.Text.Json;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Domain.Tests.Appointments;

public sealed class AppointmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 6, 10, 12, 30, 0, TimeSpan.Zero);

    private static Appointment Create() =>
        Appointment.Create("a1", "aad-professional", "Mevrouw J.", Start, PreparationParts.All, Language.Dutch, Now);

    [Fact]
    public void Create_ShouldStoreTheStartWithTheAmsterdamOffset_WhenGivenUtc()
    {
        var appointment = Create();

        Assert.Equal(Start, appointment.Start);
        Assert.Equal(TimeSpan.FromHours(2), appointment.Start.Offset);
        Assert.Equal(14, appointment.Start.Hour);
        Assert.Equal(AppointmentStatus.NotStarted, appointment.Status);
        Assert.Equal(Now, appointment.CreatedAt);
        Assert.True(appointment.IsOwnedBy("aad-professional"));
        Assert.False(appointment.IsOwnedBy("aad-someone-else"));
    }

    [Theory]
    [InlineData("", AppointmentProblem.ClientNameEmpty)]
    [InlineData("   ", AppointmentProblem.ClientNameEmpty)]
    [InlineData("123456782", AppointmentProblem.ClientNameHasNumber)]
    [InlineData("Jan 1234.56.782", AppointmentProblem.ClientNameHasNumber)]
    [InlineData("Cliënt 12345678", AppointmentProblem.ClientNameHasNumber)]
    public void Check_ShouldRefuseTheName_WhenEmptyOrItHoldsALongNumber(string name, AppointmentProblem problem) =>
        Assert.Equal(problem, Appointment.Check(name, Start, PreparationParts.All, Now));

    [Theory]
    [InlineData("Mevrouw J.")]
    [InlineData("Cliënt 1234567")]
    [InlineData("K. de Vries (2e gesprek)")]
    public void Check_ShouldAcceptTheName_WhenItIsAShortNameOrPseudonym(string name) =>
        Assert.Null(Appointment.Check(name, Start, PreparationParts.All, Now));

    [Fact]
    public void Check_ShouldAcceptTheMaximumAndRefuseOneMore_WhenTheNameIsLong()
    {
        Assert.Null(Appointment.Check(new string('a', ClientNameRules.MaxLength), Start, PreparationParts.All, Now));
        Assert.Equal(
            AppointmentProblem.ClientNameTooLong,
            Appointment.Check(new string('a', ClientNameRules.MaxLength + 1), Start, PreparationParts.All, Now));
    }

    [Fact]
    public void Check_ShouldRefuse_WhenTheStartIsNotInTheFutureOrNoPartIsChosen()
    {
        Assert.Equal(AppointmentProblem.StartInPast, Appointment.Check("J.", Now, PreparationParts.All, Now));
        Assert.Equal(AppointmentProblem.StartInPast, Appointment.Check("J.", Now.AddDays(-1), PreparationParts.All, Now));
        Assert.Equal(AppointmentProblem.NoPartsChosen, Appointment.Check("J.", Start, PreparationParts.None, Now));
        Assert.Null(Appointment.Check("J.", Start, PreparationParts.CapabilityList, Now));
    }

    [Fact]
    public void Create_ShouldThrow_WhenTheInputHasAProblem() =>
        Assert.Throws<ArgumentException>(() =>
            Appointment.Create("a1", "aad-professional", "123456782", Start, PreparationParts.All, Language.Dutch, Now));

    [Fact]
    public void Appointment_ShouldGoFromNotStartedToInProgressToShared_WhenTheClientPreparesAndShares()
    {
        var appointment = Create();

        appointment.Begin(Now.AddHours(1));
        Assert.Equal(AppointmentStatus.InProgress, appointment.Status);
        Assert.Equal(Now.AddHours(1), appointment.StartedAt);

        appointment.Share(Now.AddHours(2));
        Assert.Equal(AppointmentStatus.Shared, appointment.Status);
        Assert.True(appointment.IsShared);

        appointment.Begin(Now.AddHours(3));
        Assert.Equal(AppointmentStatus.Shared, appointment.Status);
        Assert.Equal(Now.AddHours(1), appointment.StartedAt);

        appointment.Share(Now.AddHours(4));
        Assert.Equal(Now.AddHours(4), appointment.SharedAt);
    }

    [Fact]
    public void Share_ShouldThrow_WhenTheClientHasNotStarted()
    {
        var appointment = Create();

        var exception = Assert.Throws<AppointmentStatusException>(() => appointment.Share(Now));

        Assert.Equal(AppointmentStatus.NotStarted, exception.Status);
        Assert.False(appointment.CanShare);
        Assert.Equal(AppointmentStatus.NotStarted, appointment.Status);
    }

    [Fact]
    public void CancelledAppointment_ShouldRefuseBeginAndShare_WhenTheClientComesLater()
    {
        var appointment = Create();
        appointment.Begin(Now);
        appointment.Cancel(Now.AddHours(1));

        Assert.Throws<AppointmentStatusException>(() => appointment.Begin(Now.AddHours(2)));
        Assert.Throws<AppointmentStatusException>(() => appointment.Share(Now.AddHours(2)));
        appointment.Cancel(Now.AddHours(3));
        Assert.Equal(Now.AddHours(1), appointment.CancelledAt);
    }

    [Theory]
    [InlineData(AppointmentStatus.NotStarted)]
    [InlineData(AppointmentStatus.InProgress)]
    [InlineData(AppointmentStatus.Shared)]
    [InlineData(AppointmentStatus.Cancelled)]
    public void DeleteData_ShouldEndEveryStatusAndForgetTheName_WhenAsked(AppointmentStatus from)
    {
        var appointment = InStatus(from);

        appointment.DeleteData(Now.AddDays(1));

        Assert.Equal(AppointmentStatus.DataDeleted, appointment.Status);
        Assert.Equal(string.Empty, appointment.ClientName);
        Assert.Equal(Now.AddDays(1), appointment.DataDeletedAt);
        Assert.Throws<AppointmentStatusException>(() => appointment.Begin(Now));
        Assert.Throws<AppointmentStatusException>(() => appointment.Share(Now));
        Assert.Throws<AppointmentStatusException>(() => appointment.Cancel(Now));
        appointment.DeleteData(Now.AddDays(2));
        Assert.Equal(Now.AddDays(1), appointment.DataDeletedAt);
    }

    [Fact]
    public void Appointment_ShouldSurviveAJsonRoundTripWithReadableEnums_WhenStored()
    {
        var appointment = InStatus(AppointmentStatus.Shared);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(appointment, options);
        var copy = JsonSerializer.Deserialize<Appointment>(json, options)!;

        Assert.Contains("\"Shared\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Dutch\"", json, StringComparison.Ordinal);
        Assert.Equal(appointment.Id, copy.Id);
        Assert.Equal(appointment.ProfessionalId, copy.ProfessionalId);
        Assert.Equal(appointment.ClientName, copy.ClientName);
        Assert.Equal(appointment.Start, copy.Start);
        Assert.Equal(appointment.Start.Offset, copy.Start.Offset);
        Assert.Equal(PreparationParts.All, copy.Parts);
        Assert.Equal(AppointmentStatus.Shared, copy.Status);
        Assert.Equal(appointment.SharedAt, copy.SharedAt);
        Assert.Throws<AppointmentStatusException>(() => CancelThenShare(copy));
    }

    [Fact]
    public void ProblemText_ShouldFillTheMaximum_WhenTheNameIsTooLong() =>
        Assert.Contains(
            ClientNameRules.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AppointmentTextKeys.ProblemText(AppointmentProblem.ClientNameTooLong, TextCatalog.Default, Language.Dutch),
            StringComparison.Ordinal);

    private static void CancelThenShare(Appointment appointment)
    {
        appointment.Cancel(Now);
        appointment.Share(Now);
    }

    private static Appointment InStatus(AppointmentStatus status)
    {
        var appointment = Create();
        if (status is AppointmentStatus.InProgress or AppointmentStatus.Shared)
        {
            appointment.Begin(Now);
        }

        if (status == AppointmentStatus.Shared)
        {
            appointment.Share(Now);
        }

        if (status == AppointmentStatus.Cancelled)
        {
            appointment.Cancel(Now);
        }

        Assert.Equal(status, appointment.Status);
        return appointment;
    }
}
