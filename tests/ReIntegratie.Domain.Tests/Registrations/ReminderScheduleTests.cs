using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class ReminderScheduleTests
{
    private static readonly TimeOnly[] OmaTimes = [new(12, 30), new(17, 30), new(21, 30)];

    [Fact]
    public void For_ShouldGiveThreeRemindersADayAtTheLocalTimes_WhenTwoWeeksSpanTheEndOfSummerTime()
    {
        var start = new DateOnly(2026, 10, 19);
        var assignment = Oma(start);

        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(42, reminders.Count);
        Assert.Equal(42, reminders.Select(reminder => reminder.Id).Distinct().Count());
        for (var day = 0; day < 14; day++)
        {
            var date = start.AddDays(day);
            var expectedOffset = date < new DateOnly(2026, 10, 25) ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
            var ofDay = reminders.Where(reminder => reminder.Date == date).ToList();
            Assert.Equal(OmaTimes, ofDay.Select(reminder => AmsterdamWallClock.TimeOf(reminder.DueAt)));
            Assert.All(ofDay, reminder =>
            {
                Assert.Equal(TimeSpan.Zero, reminder.DueAt.Offset);
                Assert.Equal(date, AmsterdamWallClock.DateOf(reminder.DueAt));
                Assert.Equal(expectedOffset, AmsterdamTime.ToAmsterdam(reminder.DueAt).Offset);
            });
            Assert.Equal([DayPart.Morning, DayPart.Afternoon, DayPart.Evening], ofDay.Select(reminder => reminder.Part!.Value));
        }

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 19, 30, 0, TimeSpan.Zero), reminders.Single(r => r.Id == "oma-1/2026-10-24/21:30").DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 11, 30, 0, TimeSpan.Zero), reminders.Single(r => r.Id == "oma-1/2026-10-25/12:30").DueAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 20, 30, 0, TimeSpan.Zero), reminders[^1].DueAt);
    }

    [Fact]
    public void For_ShouldGiveThreeRemindersADayAtTheLocalTimes_WhenTwoWeeksSpanTheStartOfSummerTime()
    {
        var start = new DateOnly(2027, 3, 22);
        var assignment = Oma(start);

        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(42, reminders.Count);
        for (var day = 0; day < 14; day++)
        {
            var date = start.AddDays(day);
            var expectedOffset = date < new DateOnly(2027, 3, 28) ? TimeSpan.FromHours(1) : TimeSpan.FromHours(2);
            var ofDay = reminders.Where(reminder => reminder.Date == date).ToList();
            Assert.Equal(OmaTimes, ofDay.Select(reminder => AmsterdamWallClock.TimeOf(reminder.DueAt)));
            Assert.All(ofDay, reminder => Assert.Equal(expectedOffset, AmsterdamTime.ToAmsterdam(reminder.DueAt).Offset));
        }

        Assert.Equal(new DateTimeOffset(2027, 3, 27, 20, 30, 0, TimeSpan.Zero), reminders.Single(r => r.Id == "oma-1/2027-03-27/21:30").DueAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 10, 30, 0, TimeSpan.Zero), reminders.Single(r => r.Id == "oma-1/2027-03-28/12:30").DueAt);
        Assert.Equal(new DateTimeOffset(2027, 4, 4, 19, 30, 0, TimeSpan.Zero), reminders[^1].DueAt);
    }

    [Fact]
    public void For_ShouldMoveTheReminderToThreeOClockAndKeepItsId_WhenTheTimeFallsInTheSpringForwardGap()
    {
        var start = new DateOnly(2027, 3, 27);
        var assignment = RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", start, new TimeOnly(2, 30), Local(2027, 3, 26, 20), 3);

        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(
            [
                new DateTimeOffset(2027, 3, 27, 1, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 29, 0, 30, 0, TimeSpan.Zero),
            ],
            reminders.Select(reminder => reminder.DueAt));
        var moved = reminders[1];
        Assert.Equal("worry-1/2027-03-28/02:30", moved.Id);
        Assert.Equal(new TimeOnly(3, 0), AmsterdamWallClock.TimeOf(moved.DueAt));
        Assert.Equal(new TimeOnly(2, 30), moved.Time);
        Assert.Null(moved.Part);
    }

    [Fact]
    public void DueAt_ShouldTakeTheFirstOccurrence_WhenTheTimeHappensTwiceAsSummerTimeEnds()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), AmsterdamWallClock.DueAt(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), AmsterdamWallClock.DueAt(new DateOnly(2027, 10, 31), new TimeOnly(2, 30)));
    }

    [Fact]
    public void DueAt_ShouldMoveToTheFirstValidMinute_WhenTheTimeHasSecondsInTheGap() =>
        Assert.Equal(
            new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero),
            AmsterdamWallClock.DueAt(new DateOnly(2027, 3, 28), new TimeOnly(2, 59, 30)));

    [Fact]
    public void For_ShouldLeaveOutRemindersBeforeCreation_WhenTheAssignmentStartsTheSameAfternoon()
    {
        var start = new DateOnly(2026, 9, 7);
        var assignment = RegistrationAssignment.CreateOma("oma-1", "appointment-1", start, "hoofdpijn", Local(start, 15));

        var reminders = ReminderSchedule.For(assignment);

        Assert.Equal(41, reminders.Count);
        Assert.Equal("oma-1/2026-09-07/17:30", reminders[0].Id);
    }

    [Fact]
    public void NextAfter_ShouldGiveTheNextReminder_WhenAskedAtOrBetweenReminders()
    {
        var assignment = Oma(SeedStart);

        Assert.Equal("oma-1/2026-09-07/12:30", ReminderSchedule.NextAfter(assignment, Local(SeedStart, 8))!.Id);
        Assert.Equal("oma-1/2026-09-07/17:30", ReminderSchedule.NextAfter(assignment, Local(SeedStart, 12, 30))!.Id);
        Assert.Equal("oma-1/2026-09-08/12:30", ReminderSchedule.NextAfter(assignment, Local(SeedStart, 22))!.Id);
        Assert.Null(ReminderSchedule.NextAfter(assignment, Local(SeedStart.AddDays(13), 21, 30)));
    }

    [Fact]
    public void PauseAndStop_ShouldProduceNoFurtherReminders_WhenTheClientChoosesThem()
    {
        var assignment = Oma(SeedStart);
        var pausedAt = Local(SeedStart.AddDays(2), 14);
        var before = ReminderSchedule.For(assignment);

        assignment.Pause(pausedAt);

        Assert.Null(ReminderSchedule.NextAfter(assignment, pausedAt));
        Assert.All(ReminderSchedule.For(assignment), reminder => Assert.True(reminder.DueAt < pausedAt));
        Assert.False(ReminderSchedule.ShouldSend(assignment, before.First(reminder => reminder.DueAt > pausedAt)));

        var resumedAt = Local(SeedStart.AddDays(4), 10);
        assignment.Resume(resumedAt);

        Assert.Equal("oma-1/2026-09-11/12:30", ReminderSchedule.NextAfter(assignment, pausedAt)!.Id);
        Assert.DoesNotContain(ReminderSchedule.For(assignment), reminder => reminder.DueAt >= pausedAt && reminder.DueAt < resumedAt);

        var stoppedAt = Local(SeedStart.AddDays(6), 9);
        assignment.Stop(stoppedAt);

        Assert.Null(ReminderSchedule.NextAfter(assignment, stoppedAt));
        Assert.All(ReminderSchedule.For(assignment), reminder => Assert.True(reminder.DueAt < stoppedAt));
        Assert.False(ReminderSchedule.ShouldSend(assignment, before.First(reminder => reminder.DueAt > stoppedAt)));
    }

    [Fact]
    public void Complete_ShouldEndTheReminders_WhenTheAssignmentIsCompletedEarly()
    {
        var assignment = Oma(SeedStart);
        var completedAt = Local(SeedStart.AddDays(10), 9);

        assignment.Complete(completedAt);

        Assert.Null(ReminderSchedule.NextAfter(assignment, completedAt));
        Assert.Equal(30, ReminderSchedule.For(assignment).Count);
    }

    [Fact]
    public void ChangeReminderTimes_ShouldUseTheNewTimesFromNowOn_WhenValid()
    {
        var assignment = Oma(SeedStart);
        var changedAt = Local(SeedStart.AddDays(2), 13);

        var check = assignment.ChangeReminderTimes([new(11, 0), new(16, 0), new(20, 0)], changedAt);

        Assert.True(check.IsValid);
        Assert.Equal([new TimeOnly(11, 0), new TimeOnly(16, 0), new TimeOnly(20, 0)], assignment.ReminderTimes);
        var reminders = ReminderSchedule.For(assignment);
        Assert.Equal(["12:30", "17:30", "21:30"], LocalTimesOn(reminders, SeedStart.AddDays(1)));
        Assert.Equal(["12:30", "16:00", "20:00"], LocalTimesOn(reminders, SeedStart.AddDays(2)));
        Assert.Equal(["11:00", "16:00", "20:00"], LocalTimesOn(reminders, SeedStart.AddDays(3)));
        Assert.Equal(42, reminders.Count);
        Assert.Equal("oma-1/2026-09-09/16:00", ReminderSchedule.NextAfter(assignment, changedAt)!.Id);

        var oldAfternoon = new RegistrationReminder(
            "oma-1/2026-09-09/17:30", "oma-1", RegistrationType.OmaRegistration, ReminderKind.Regular,
            SeedStart.AddDays(2), new TimeOnly(17, 30), Local(SeedStart.AddDays(2), 17, 30), DayPart.Afternoon);
        Assert.False(ReminderSchedule.ShouldSend(assignment, oldAfternoon));
    }

    [Theory]
    [InlineData("12:30,17:30", RegistrationProblem.OmaNeedsThreeTimes)]
    [InlineData("12:30,17:30,21:30,22:00", RegistrationProblem.OmaNeedsThreeTimes)]
    [InlineData("17:30,12:30,21:30", RegistrationProblem.TimesNotInOrder)]
    [InlineData("12:30,12:30,21:30", RegistrationProblem.TimesNotInOrder)]
    public void ChangeReminderTimes_ShouldRefuseAndKeepTheOldTimes_WhenOmaTimesAreInvalid(string times, RegistrationProblem problem)
    {
        var assignment = Oma(SeedStart);

        var check = assignment.ChangeReminderTimes(times.Split(',').Select(time => TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)).ToList(), Local(SeedStart, 9));

        Assert.Equal(problem, check.Problem);
        Assert.Equal(RegistrationDefaults.OmaReminderTimes, assignment.ReminderTimes);
        Assert.Single(assignment.ReminderPlans);
    }

    [Fact]
    public void ChangeReminderTimes_ShouldNeedOneTime_WhenTheAssignmentIsWorryTime()
    {
        var assignment = RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", SeedStart, new TimeOnly(19, 0), Local(SeedStart, 8));

        Assert.Equal(RegistrationProblem.WorryNeedsOneTime, assignment.ChangeReminderTimes([new(19, 0), new(20, 0)], Local(SeedStart, 9)).Problem);
        Assert.Equal(RegistrationProblem.WorryNeedsOneTime, assignment.ChangeReminderTimes([], Local(SeedStart, 9)).Problem);
        Assert.True(assignment.ChangeReminderTimes([new(20, 15)], Local(SeedStart, 9)).IsValid);
        Assert.Equal("worry-1/2026-09-07/20:15", ReminderSchedule.NextAfter(assignment, Local(SeedStart, 9))!.Id);
    }

    [Theory]
    [InlineData(12, 30, 0, 14, 30)]
    [InlineData(17, 30, 0, 19, 30)]
    [InlineData(20, 30, 0, 22, 30)]
    [InlineData(21, 30, 1, 9, 0)]
    [InlineData(23, 0, 1, 9, 0)]
    public void FollowUpOf_ShouldComeTwoHoursLaterOrTheNextMorning_WhenTwoHoursLaterIsPastHalfPastTen(
        int hour, int minute, int dayShift, int followUpHour, int followUpMinute)
    {
        var date = SeedStart.AddDays(1);
        var reminder = new RegistrationReminder(
            RegistrationReminder.IdOf("oma-1", date, new TimeOnly(hour, minute)), "oma-1", RegistrationType.OmaRegistration,
            ReminderKind.Regular, date, new TimeOnly(hour, minute), Local(date, hour, minute), DayPart.Evening);

        var followUp = ReminderSchedule.FollowUpOf(reminder)!;

        Assert.Equal(ReminderKind.FollowUp, followUp.Kind);
        Assert.Equal(reminder.Id + "/follow-up", followUp.Id);
        Assert.Equal(Local(date.AddDays(dayShift), followUpHour, followUpMinute), followUp.DueAt);
        Assert.Equal(date, followUp.Date);
        Assert.Equal(dayShift == 1, followUp.AsksAboutYesterday);
        Assert.Equal(
            dayShift == 1 ? RegistrationTextKeys.ReminderOmaFollowUpNextMorning : RegistrationTextKeys.ReminderOmaFollowUp,
            RegistrationTextKeys.Reminder(followUp));
    }

    [Fact]
    public void ShouldSend_ShouldSendOneFollowUpOnlyForAMissedPart_WhenNoSlotOfThatPartIsAnswered()
    {
        var assignment = Oma(SeedStart);
        var morning = ReminderSchedule.For(assignment)[0];
        var followUp = ReminderSchedule.FollowUpOf(morning)!;

        Assert.True(ReminderSchedule.ShouldSend(assignment, morning));
        Assert.True(ReminderSchedule.ShouldSend(assignment, followUp));
        Assert.Null(ReminderSchedule.FollowUpOf(followUp));

        assignment.RecordOma(SeedStart, OmaSlot.MorningSecondHalf, false, null, Local(SeedStart, 13));

        Assert.False(ReminderSchedule.ShouldSend(assignment, followUp));
        Assert.True(ReminderSchedule.ShouldSend(assignment, morning));

        assignment.RecordOma(SeedStart, OmaSlot.MorningFirstHalf, true, null, Local(SeedStart, 13));

        Assert.False(ReminderSchedule.ShouldSend(assignment, morning));
    }

    [Fact]
    public void FollowUpOf_ShouldBeNull_WhenTheAssignmentIsNotOma()
    {
        var worry = RegistrationAssignment.CreateWorryTime("worry-1", "appointment-1", SeedStart, new TimeOnly(19, 0), Local(SeedStart, 8));

        Assert.Null(ReminderSchedule.FollowUpOf(ReminderSchedule.For(worry)[0]));
    }

    [Fact]
    public void For_ShouldHaveNoReminders_WhenAnInventoryHasNoReminderTime()
    {
        var inventory = RegistrationAssignment.CreateProblemInventory("inv-1", "appointment-1", SeedStart, Local(SeedStart, 8));
        var withReminder = RegistrationAssignment.CreateProblemInventory("inv-2", "appointment-1", SeedStart, Local(SeedStart, 8), reminderTime: new TimeOnly(19, 0));

        Assert.Empty(ReminderSchedule.For(inventory));
        Assert.Equal(14, ReminderSchedule.For(withReminder).Count);
        Assert.Equal(RegistrationTextKeys.ReminderProblemInventory, RegistrationTextKeys.Reminder(ReminderSchedule.For(withReminder)[0]));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    [InlineData(60 * 24 * 3, true)]
    public void IsTooLate_ShouldDropAReminderMoreThanAnHourPastItsTime_SoAnOutageDoesNotSendABurstOfOldQuestions(int minutesLate, bool tooLate)
    {
        var reminder = ReminderSchedule.For(Oma(new DateOnly(2026, 10, 19)))[0];

        Assert.Equal(tooLate, ReminderSchedule.IsTooLate(reminder, reminder.DueAt.AddMinutes(minutesLate)));
    }

    [Fact]
    public void Next_ShouldWalkTheWholeTimeline_RemindersAndFollowUpsInTheOrderTheyFallDue()
    {
        var assignment = Oma(new DateOnly(2026, 10, 19));
        var walked = new List<RegistrationReminder>();
        var next = ReminderSchedule.Next(assignment, previousId: null, DateTimeOffset.MinValue);
        while (next is not null)
        {
            walked.Add(next);
            next = ReminderSchedule.Next(assignment, next.Id, DateTimeOffset.MinValue);
        }

        Assert.Equal(84, walked.Count); // 42 reminders, each with one follow-up
        Assert.Equal(walked.OrderBy(r => r.DueAt).Select(r => r.Id), walked.Select(r => r.Id));
        Assert.Equal(ReminderSchedule.Timeline(assignment).Select(r => r.Id), walked.Select(r => r.Id));
    }

    [Fact]
    public void Next_ShouldSkipRemindersBeforeNotBefore_SoAChainResumesAtTheFirstOneStillWorthSending()
    {
        var assignment = Oma(new DateOnly(2026, 10, 19));
        var first = ReminderSchedule.For(assignment)[0];

        var next = ReminderSchedule.Next(assignment, first.Id, new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("oma-1/2026-10-22/12:30/follow-up", next!.Id); // 14:30 summer time = 12:30 UTC, the first due after 12:00 UTC that day
    }

    [Fact]
    public void Next_ShouldStopTheChain_WhenThePreviousReminderIsNoLongerPlanned()
    {
        var assignment = Oma(new DateOnly(2026, 10, 19));

        Assert.Null(ReminderSchedule.Next(assignment, "oma-1/2026-10-20/09:15", DateTimeOffset.MinValue));
    }

    private static List<string> LocalTimesOn(IEnumerable<RegistrationReminder> reminders, DateOnly date) =>
        reminders.Where(reminder => reminder.Date == date)
            .Select(reminder => AmsterdamWallClock.TimeOf(reminder.DueAt).ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
