using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class OmaRegistrationTests
{
    [Fact]
    public void RecordOma_ShouldStoreTheAnswerInTheDayAndSlotOfTheReminder_WhenAnsweredOnTime()
    {
        var assignment = Oma(SeedStart);
        var afternoon = ReminderSchedule.For(assignment).Single(reminder => reminder.Id == "oma-1/2026-09-08/17:30");
        var answeredAt = Local(SeedStart.AddDays(1), 17, 40);

        var first = assignment.RecordOma(afternoon.Date, afternoon.Slots[0], false, null, answeredAt);
        var second = assignment.RecordOma(afternoon.Date, afternoon.Slots[1], true, null, answeredAt);

        Assert.Equal(EntryOutcome.Recorded, first.Outcome);
        Assert.Equal(EntryOutcome.Recorded, second.Outcome);
        Assert.Equal([OmaSlot.AfternoonFirstHalf, OmaSlot.AfternoonSecondHalf], afternoon.Slots);
        var entry = assignment.Oma!.EntryFor(new DateOnly(2026, 9, 8), OmaSlot.AfternoonSecondHalf)!;
        Assert.True(entry.Occurred);
        Assert.False(entry.IsLate);
        Assert.Equal(answeredAt, entry.AnsweredAt);
        Assert.False(assignment.Oma.EntryFor(new DateOnly(2026, 9, 8), OmaSlot.AfternoonFirstHalf)!.Occurred);
        Assert.Null(assignment.Oma.EntryFor(new DateOnly(2026, 9, 8), OmaSlot.EveningFirstHalf));
        Assert.Equal(2, assignment.Oma.Entries.Count);
    }

    [Fact]
    public void RecordOma_ShouldAcceptAndMarkLate_WhenTheEveningIsAnsweredAfterMidnight()
    {
        var assignment = Oma(SeedStart);
        var evening = ReminderSchedule.For(assignment).Single(reminder => reminder.Id == "oma-1/2026-09-08/21:30");
        var afterMidnight = Local(SeedStart.AddDays(2), 0, 15);

        var result = assignment.RecordOma(evening.Date, OmaSlot.EveningSecondHalf, true, null, afterMidnight);

        Assert.Equal(EntryOutcome.RecordedLate, result.Outcome);
        Assert.True(result.IsAccepted);
        Assert.True(assignment.Oma!.EntryFor(new DateOnly(2026, 9, 8), OmaSlot.EveningSecondHalf)!.IsLate);
    }

    [Fact]
    public void RecordOma_ShouldAcceptYesterdayAsLate_WhenTheClientFillsItInTheNextDay()
    {
        var assignment = Oma(SeedStart);

        var result = assignment.RecordOma(SeedStart, OmaSlot.MorningFirstHalf, true, null, Local(SeedStart.AddDays(1), 9));

        Assert.Equal(EntryOutcome.RecordedLate, result.Outcome);
        Assert.Equal("registration.entry.recordedLate", result.TextKey);
        Assert.True(assignment.Oma!.EntryFor(SeedStart, OmaSlot.MorningFirstHalf)!.IsLate);
    }

    [Fact]
    public void RecordOma_ShouldRefuseKindly_WhenTheDateIsTwoDaysAgo()
    {
        var assignment = Oma(SeedStart);

        var result = assignment.RecordOma(SeedStart, OmaSlot.MorningFirstHalf, true, null, Local(SeedStart.AddDays(2), 9));

        Assert.Equal(EntryOutcome.TooLongAgo, result.Outcome);
        Assert.False(result.IsAccepted);
        Assert.Equal("registration.entry.tooLongAgo", result.TextKey);
        Assert.Equal(
            "Voor eergisteren kun je niets meer invullen. Terugkijken over meer dagen is lastig en minder betrouwbaar. Vul vandaag en gisteren gerust in.",
            result.Text(TextCatalog.Default, Language.Dutch));
        Assert.Empty(assignment.Oma!.Entries);
    }

    [Fact]
    public void RecordOma_ShouldRefuse_WhenTheDateIsOutsideThePeriodOrInTheFuture()
    {
        var assignment = Oma(SeedStart);
        var lastDay = SeedStart.AddDays(13);

        Assert.Equal(EntryOutcome.BeforeStart, assignment.RecordOma(SeedStart.AddDays(-1), OmaSlot.MorningFirstHalf, true, null, Local(SeedStart, 9)).Outcome);
        Assert.Equal(EntryOutcome.InFuture, assignment.RecordOma(SeedStart.AddDays(1), OmaSlot.MorningFirstHalf, true, null, Local(SeedStart, 9)).Outcome);
        Assert.Equal(EntryOutcome.AfterEnd, assignment.RecordOma(lastDay.AddDays(1), OmaSlot.MorningFirstHalf, true, null, Local(lastDay.AddDays(1), 9)).Outcome);
        Assert.Equal(EntryOutcome.RecordedLate, assignment.RecordOma(lastDay, OmaSlot.EveningSecondHalf, false, null, Local(lastDay.AddDays(1), 9)).Outcome);
        Assert.Single(assignment.Oma!.Entries);
    }

    [Fact]
    public void RecordOma_ShouldReplaceTheEarlierAnswer_WhenTheSameSlotIsAnsweredAgain()
    {
        var assignment = Oma(SeedStart);

        assignment.RecordOma(SeedStart, OmaSlot.AfternoonSecondHalf, true, null, Local(SeedStart, 17, 35));
        var again = assignment.RecordOma(SeedStart, OmaSlot.AfternoonSecondHalf, false, null, Local(SeedStart, 17, 36));

        Assert.Equal(EntryOutcome.Recorded, again.Outcome);
        var entry = Assert.Single(assignment.Oma!.Entries);
        Assert.False(entry.Occurred);
        Assert.Equal(Local(SeedStart, 17, 36), entry.AnsweredAt);
    }

    [Fact]
    public void RecordOma_ShouldStoreTrimmedTextsAndRefuseTooLongOnes_WhenTheWeekTwoTextsAreGiven()
    {
        var assignment = Oma(SeedStart);
        var date = SeedStart.AddDays(7);
        var at = Local(date, 17, 40);

        var tooLong = assignment.RecordOma(date, OmaSlot.AfternoonSecondHalf, true, new OmaTexts(new string('a', RegistrationLimits.OmaTextMaxLength + 1), null), at);
        var fine = assignment.RecordOma(date, OmaSlot.AfternoonSecondHalf, true, new OmaTexts("  Overleg liep uit  ", "   "), at);

        Assert.Equal(EntryOutcome.TextTooLong, tooLong.Outcome);
        Assert.Equal(RegistrationLimits.OmaTextMaxLength, tooLong.Limit);
        Assert.Equal("Dat is wat lang. Het mag tot 300 tekens.", tooLong.Text(TextCatalog.Default, Language.Dutch));
        Assert.Equal(EntryOutcome.Recorded, fine.Outcome);
        var entry = assignment.Oma!.EntryFor(date, OmaSlot.AfternoonSecondHalf)!;
        Assert.Equal("Overleg liep uit", entry.WhatHappened);
        Assert.Null(entry.ThoughtOrFeeling);
    }

    [Fact]
    public void WeekOf_ShouldCountWeeksFromTheStart_WhenAskedForDatesInAndOutsideThePeriod()
    {
        var assignment = Oma(SeedStart.AddDays(2));
        var start = assignment.StartDate;

        Assert.Equal(1, assignment.WeekOf(start));
        Assert.Equal(1, assignment.WeekOf(start.AddDays(6)));
        Assert.Equal(2, assignment.WeekOf(start.AddDays(7)));
        Assert.Equal(2, assignment.WeekOf(start.AddDays(13)));
        Assert.Null(assignment.WeekOf(start.AddDays(14)));
        Assert.Null(assignment.WeekOf(start.AddDays(-1)));
        Assert.False(assignment.AsksOmaTexts(start.AddDays(6)));
        Assert.True(assignment.AsksOmaTexts(start.AddDays(7)));
    }

    [Fact]
    public void RecordOma_ShouldBeAcceptedWhilePausedAndRefusedOnceStopped_WhenTheStatusChanges()
    {
        var assignment = Oma(SeedStart);

        assignment.Pause(Local(SeedStart, 8));
        var whilePaused = assignment.RecordOma(SeedStart, OmaSlot.MorningFirstHalf, false, null, Local(SeedStart, 12, 40));
        assignment.Stop(Local(SeedStart, 13));
        var afterStop = assignment.RecordOma(SeedStart, OmaSlot.MorningSecondHalf, false, null, Local(SeedStart, 13, 5));

        Assert.Equal(EntryOutcome.Recorded, whilePaused.Outcome);
        Assert.Equal(EntryOutcome.Ended, afterStop.Outcome);
        Assert.Single(assignment.Oma!.Entries);
    }

    [Fact]
    public void RecordOma_ShouldThrow_WhenTheAssignmentIsNotOma()
    {
        var worry = RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", SeedStart, new TimeOnly(19, 0), Local(SeedStart, 8));

        Assert.Throws<InvalidOperationException>(() => worry.RecordOma(SeedStart, OmaSlot.MorningFirstHalf, true, null, Local(SeedStart, 12)));
    }

    [Fact]
    public void OmaSlots_ShouldGiveEachReminderTheTwoHalvesOfItsPart_WhenMapped()
    {
        Assert.Equal([OmaSlot.MorningFirstHalf, OmaSlot.MorningSecondHalf], OmaSlots.Of(OmaSlots.PartOfReminder(0)));
        Assert.Equal([OmaSlot.AfternoonFirstHalf, OmaSlot.AfternoonSecondHalf], OmaSlots.Of(OmaSlots.PartOfReminder(1)));
        Assert.Equal([OmaSlot.EveningFirstHalf, OmaSlot.EveningSecondHalf], OmaSlots.Of(OmaSlots.PartOfReminder(2)));
        Assert.All(OmaSlots.All, slot => Assert.Contains(slot, OmaSlots.Of(OmaSlots.PartOf(slot))));
        Assert.Equal(6, OmaSlots.All.Count);
    }
}
