using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class WorryTimeTests
{
    private static RegistrationAssignment Create() =>
        RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", SeedStart, new TimeOnly(19, 30), Local(SeedStart, 8));

    [Fact]
    public void CreateWorryTime_ShouldRemindOnceADayAtTheChosenTimeAndNotShareNotes_WhenCreated()
    {
        var assignment = Create();

        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(14, reminders.Count);
        Assert.All(reminders, reminder => Assert.Equal(new TimeOnly(19, 30), AmsterdamWallClock.TimeOf(reminder.DueAt)));
        Assert.Equal(RegistrationTextKeys.ReminderWorryTime, RegistrationTextKeys.Reminder(reminders[0]));
        Assert.False(assignment.IsShared);
        Assert.Equal(TimeSpan.FromMinutes(30), WorryTime.MaxSessionLength);
    }

    [Fact]
    public void RecordWorrySession_ShouldStoreTodayAndYesterdayAndRefuseOlder_WhenReported()
    {
        var assignment = Create();
        var day3 = SeedStart.AddDays(2);

        var yesterday = assignment.RecordWorrySession(SeedStart.AddDays(1), false, null, Local(day3, 9));
        var today = assignment.RecordWorrySession(day3, true, "  Over geld en over het gesprek.  ", Local(day3, 20));
        var tooOld = assignment.RecordWorrySession(SeedStart, true, null, Local(day3, 20));

        Assert.Equal(EntryOutcome.RecordedLate, yesterday.Outcome);
        Assert.Equal(EntryOutcome.Recorded, today.Outcome);
        Assert.Equal(EntryOutcome.TooLongAgo, tooOld.Outcome);
        Assert.Equal("Over geld en over het gesprek.", assignment.Worry!.SessionOn(day3)!.Notes);
        Assert.True(assignment.Worry.SessionOn(SeedStart.AddDays(1))!.IsLate);
        Assert.Equal(1, assignment.Worry.SessionsTaken);
    }

    [Fact]
    public void RecordWorrySession_ShouldRefuseTooLongNotes_WhenOverTheLimit()
    {
        var assignment = Create();

        var result = assignment.RecordWorrySession(SeedStart, true, new string('a', RegistrationLimits.WorryNotesMaxLength + 1), Local(SeedStart, 20));

        Assert.Equal(EntryOutcome.TextTooLong, result.Outcome);
        Assert.Equal(RegistrationLimits.WorryNotesMaxLength, result.Limit);
        Assert.Empty(assignment.Worry!.Sessions);
    }

    [Fact]
    public void AddWorryNote_ShouldAllowOneExtraNoteADay_WhenTheClientWritesOutsideTheSession()
    {
        var assignment = Create();

        var first = assignment.AddWorryNote("Het gesprek van morgen.", Local(SeedStart, 11));
        var second = assignment.AddWorryNote("Nog iets.", Local(SeedStart, 15));
        var empty = assignment.AddWorryNote("   ", Local(SeedStart.AddDays(1), 9));
        var nextDay = assignment.AddWorryNote("Nog iets.", Local(SeedStart.AddDays(1), 9));

        Assert.Equal(EntryOutcome.Recorded, first.Outcome);
        Assert.Equal(EntryOutcome.ExtraNoteAlreadyWritten, second.Outcome);
        Assert.Equal("registration.entry.extraNoteAlreadyWritten", second.TextKey);
        Assert.Equal(EntryOutcome.TextEmpty, empty.Outcome);
        Assert.Equal(EntryOutcome.Recorded, nextDay.Outcome);
        Assert.Equal(2, assignment.Worry!.ExtraNotes.Count);
        Assert.Equal("Het gesprek van morgen.", assignment.Worry.ExtraNoteOn(SeedStart)!.Text);
    }

    [Fact]
    public void ShouldSend_ShouldSkipTheReminder_WhenTheSessionIsAlreadyReported()
    {
        var assignment = Create();
        var first = ReminderSchedule.For(assignment)[0];

        Assert.True(ReminderSchedule.ShouldSend(assignment, first));

        assignment.RecordWorrySession(SeedStart, true, null, Local(SeedStart, 19));

        Assert.False(ReminderSchedule.ShouldSend(assignment, first));
    }

    [Fact]
    public void ReminderText_ShouldSayTheSessionIsAtMostHalfAnHour_WhenShownInDutch() =>
        Assert.Equal(
            "Dit is je vaste piekermoment. Neem er maximaal een half uur voor en schrijf je gedachten kort op. Daarna leg je ze weg.",
            RegistrationTextKeys.ReminderText(ReminderSchedule.For(Create())[0], Create(), TextCatalog.Default, Language.Dutch));
}
