using System.Text.Json;
using ReIntegratie.Domain.Registrations;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class RegistrationAssignmentTests
{
    [Fact]
    public void CreateOma_ShouldUseTheDefaults_WhenNothingElseIsAgreed()
    {
        var assignment = RegistrationAssignment.CreateOma("oma-1", "appointment-1", SeedStart, "  hoofdpijn ", Local(SeedStart, 9));

        Assert.Equal(RegistrationType.OmaRegistration, assignment.Type);
        Assert.Equal(RegistrationStatus.Active, assignment.Status);
        Assert.Equal(14, assignment.DurationDays);
        Assert.Equal(SeedStart.AddDays(13), assignment.EndDate);
        Assert.Equal([new TimeOnly(12, 30), new TimeOnly(17, 30), new TimeOnly(21, 30)], assignment.ReminderTimes);
        Assert.Equal("hoofdpijn", assignment.Oma!.Complaint);
        Assert.False(assignment.IsShared);
        Assert.Null(assignment.Worry);
        Assert.Null(assignment.Inventory);
    }

    [Fact]
    public void CheckNew_ShouldRefuse_WhenTheStartDurationOrComplaintIsWrong()
    {
        var times = RegistrationDefaults.OmaReminderTimes;
        var oma = RegistrationType.OmaRegistration;

        Assert.Equal(RegistrationProblem.StartInPast, RegistrationRules.CheckNew(oma, SeedStart.AddDays(-1), 14, times, "hoofdpijn", SeedStart).Problem);
        Assert.Equal(RegistrationProblem.DurationOutOfRange, RegistrationRules.CheckNew(oma, SeedStart, 0, times, "hoofdpijn", SeedStart).Problem);
        Assert.Equal(RegistrationProblem.DurationOutOfRange, RegistrationRules.CheckNew(oma, SeedStart, 57, times, "hoofdpijn", SeedStart).Problem);
        Assert.Equal(RegistrationProblem.ComplaintEmpty, RegistrationRules.CheckNew(oma, SeedStart, 14, times, "  ", SeedStart).Problem);
        Assert.Equal(
            RegistrationProblem.ComplaintTooLong,
            RegistrationRules.CheckNew(oma, SeedStart, 14, times, new string('x', RegistrationLimits.ComplaintMaxLength + 1), SeedStart).Problem);
        Assert.True(RegistrationRules.CheckNew(oma, SeedStart, 56, times, new string('x', RegistrationLimits.ComplaintMaxLength), SeedStart).IsValid);
        Assert.True(RegistrationRules.CheckNew(RegistrationType.ProblemInventory, SeedStart, 14, [], null, SeedStart).IsValid);
        Assert.Equal(
            RegistrationProblem.InventoryAtMostOneTime,
            RegistrationRules.CheckNew(RegistrationType.ProblemInventory, SeedStart, 14, [new(9, 0), new(19, 0)], null, SeedStart).Problem);
        Assert.Throws<ArgumentException>(() =>
            RegistrationAssignment.CreateOma("oma-1", "appointment-1", SeedStart.AddDays(-1), "hoofdpijn", Local(SeedStart, 9)));
    }

    [Fact]
    public void StatusChanges_ShouldFollowTheAllowedTransitions_WhenPausedResumedAndStopped()
    {
        var assignment = Oma(SeedStart);

        assignment.Pause(Local(SeedStart, 9));
        assignment.Pause(Local(SeedStart, 10));
        Assert.Equal(RegistrationStatus.Paused, assignment.Status);
        Assert.Single(assignment.Pauses);

        assignment.Resume(Local(SeedStart, 11));
        assignment.Resume(Local(SeedStart, 12));
        Assert.Equal(RegistrationStatus.Active, assignment.Status);
        Assert.Equal(Local(SeedStart, 11), assignment.Pauses[0].Until);

        assignment.Pause(Local(SeedStart, 13));
        assignment.Stop(Local(SeedStart, 14));
        assignment.Stop(Local(SeedStart, 15));
        Assert.Equal(RegistrationStatus.Stopped, assignment.Status);
        Assert.Equal(Local(SeedStart, 14), assignment.EndedAt);
        Assert.Equal(Local(SeedStart, 14), assignment.Pauses[1].Until);

        var resume = Assert.Throws<RegistrationStatusException>(() => assignment.Resume(Local(SeedStart, 16)));
        Assert.Equal(nameof(RegistrationAssignment.Resume), resume.Change);
        Assert.Throws<RegistrationStatusException>(() => assignment.Pause(Local(SeedStart, 16)));
        Assert.Throws<RegistrationStatusException>(() => assignment.Complete(Local(SeedStart, 16)));
        Assert.Equal(RegistrationProblem.Ended, assignment.ChangeReminderTimes([new(11, 0), new(16, 0), new(20, 0)], Local(SeedStart, 16)).Problem);
    }

    [Fact]
    public void Complete_ShouldEndTheAssignmentOnce_WhenCompletedTwice()
    {
        var assignment = Oma(SeedStart);

        assignment.Complete(Local(SeedStart.AddDays(14), 9));
        assignment.Complete(Local(SeedStart.AddDays(14), 10));

        Assert.Equal(RegistrationStatus.Completed, assignment.Status);
        Assert.Equal(Local(SeedStart.AddDays(14), 9), assignment.EndedAt);
        Assert.False(assignment.CanStop);
        Assert.Throws<RegistrationStatusException>(() => assignment.Stop(Local(SeedStart.AddDays(14), 11)));
    }

    [Fact]
    public void SetShared_ShouldSwitchSharing_WhenTheClientChoosesEvenAfterTheEnd()
    {
        var assignment = Oma(SeedStart);

        assignment.SetShared(true);
        Assert.True(assignment.IsShared);

        assignment.Stop(Local(SeedStart, 12));
        assignment.SetShared(false);
        Assert.False(assignment.IsShared);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("web")]
    public void Json_ShouldRoundTripEverything_WhenStoredAsABlob(string kind)
    {
        var options = kind == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) : new JsonSerializerOptions();
        var original = SeedExample();
        original.SetShared(true);
        original.ChangeReminderTimes([new(11, 0), new(16, 0), new(20, 0)], Local(SeedStart.AddDays(3), 13));
        original.Pause(Local(SeedStart.AddDays(5), 9));
        original.Resume(Local(SeedStart.AddDays(6), 9));

        var json = JsonSerializer.Serialize(original, options);
        var copy = JsonSerializer.Deserialize<RegistrationAssignment>(json, options)!;

        Assert.Contains("\"OmaRegistration\"", json, StringComparison.Ordinal);
        Assert.Contains("\"AfternoonSecondHalf\"", json, StringComparison.Ordinal);
        Assert.Equal(original.Id, copy.Id);
        Assert.Equal(original.AppointmentId, copy.AppointmentId);
        Assert.Equal(original.Period, copy.Period);
        Assert.Equal(original.Status, copy.Status);
        Assert.Equal(original.CreatedAt, copy.CreatedAt);
        Assert.True(copy.IsShared);
        Assert.Equal(original.ReminderTimes, copy.ReminderTimes);
        Assert.Equal(original.Pauses, copy.Pauses);
        Assert.Equal(original.Oma!.Complaint, copy.Oma!.Complaint);
        Assert.Equal(original.Oma.Entries, copy.Oma.Entries);
        Assert.Equal(ReminderSchedule.For(original), ReminderSchedule.For(copy));
        Assert.Equal(
            OmaOverview.Build(original, Local(SeedStart.AddDays(21), 10)).Candidates,
            OmaOverview.Build(copy, Local(SeedStart.AddDays(21), 10)).Candidates);
    }

    [Fact]
    public void Json_ShouldRoundTripTheWorryAndInventoryParts_WhenStored()
    {
        var worry = RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", SeedStart, new TimeOnly(19, 0), Local(SeedStart, 8));
        worry.RecordWorrySession(SeedStart, true, "Over het gesprek van vrijdag.", Local(SeedStart, 19, 35));
        worry.AddWorryNote("Blijft terugkomen.", Local(SeedStart, 14));
        var inventory = RegistrationAssignment.CreateProblemInventory("inv-1", "appointment-1", SeedStart, Local(SeedStart, 8));
        inventory.AddStressor("Kom ik binnen, dan vraagt mijn leidinggevende meteen naar de planning.");
        inventory.MarkStressor(1, StressorCategory.ActNow);
        inventory.SetStressorPlan(1, "Vragen of we het overleg later op de dag doen.");

        var worryCopy = JsonSerializer.Deserialize<RegistrationAssignment>(JsonSerializer.Serialize(worry))!;
        var inventoryCopy = JsonSerializer.Deserialize<RegistrationAssignment>(JsonSerializer.Serialize(inventory))!;

        Assert.Equal(worry.Worry!.Sessions, worryCopy.Worry!.Sessions);
        Assert.Equal(worry.Worry.ExtraNotes, worryCopy.Worry.ExtraNotes);
        Assert.Equal(inventory.Inventory!.Stressors, inventoryCopy.Inventory!.Stressors);
        Assert.Equal(1, inventoryCopy.Inventory.LastStressorId);
        Assert.Equal(StressorCategory.ActNow, inventoryCopy.Inventory.Find(1)!.Category);
    }
}
