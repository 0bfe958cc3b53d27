using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class OmaOverviewTests
{
    [Fact]
    public void Candidates_ShouldBeExactlyMondayAndThursdayLateAfternoonAndEarlyEvening_WhenGivenTheSeedExample()
    {
        var assignment = SeedExample();

        var overview = OmaOverview.Build(assignment, Local(SeedStart.AddDays(21), 10));

        Assert.Equal(
            [
                (DayOfWeek.Monday, OmaSlot.AfternoonSecondHalf),
                (DayOfWeek.Monday, OmaSlot.EveningFirstHalf),
                (DayOfWeek.Thursday, OmaSlot.AfternoonSecondHalf),
                (DayOfWeek.Thursday, OmaSlot.EveningFirstHalf),
            ],
            overview.Candidates.Select(candidate => (candidate.Weekday!.Value, candidate.Slot)));
        Assert.Equal((3, 3), (overview.Candidates[0].Occurrences, overview.Candidates[0].RegisteredDays));
        Assert.Equal((2, 3), (overview.Candidates[3].Occurrences, overview.Candidates[3].RegisteredDays));
        Assert.DoesNotContain(overview.Candidates, candidate => candidate.IsEveryDay);
    }

    [Fact]
    public void Question_ShouldAskTheClientToRecogniseThePattern_WhenACandidateIsShown()
    {
        var candidate = new OmaPatternCandidate(DayOfWeek.Monday, OmaSlot.AfternoonSecondHalf, 3, 3);

        Assert.Equal("Het lijkt vaak te gebeuren op maandag, 2e helft middag. Herken je dat?", candidate.Question(TextCatalog.Default, Language.Dutch));
        Assert.Equal("Op maandag, 2e helft middag, gebeurde het 3 van de 3 keer. Herken je dat?", candidate.Question(TextCatalog.Default, Language.Dutch, withCounts: true));
        Assert.Equal("It seems to happen often on Monday, second half of the afternoon. Does that sound familiar?", candidate.Question(TextCatalog.Default, Language.English));
        Assert.Equal(
            "Het lijkt vaak te gebeuren in de 1e helft ochtend. Herken je dat?",
            new OmaPatternCandidate(null, OmaSlot.MorningFirstHalf, 8, 14).Question(TextCatalog.Default, Language.Dutch));
    }

    [Fact]
    public void Find_ShouldFindNothing_WhenOccurrencesAreScatteredWithoutRepeating()
    {
        var entries = new List<OmaEntry>();
        for (var day = 0; day < 21; day++)
        {
            foreach (var slot in OmaSlots.All)
            {
                var occurred = ((day * 6) + (int)slot) % 5 == 0;
                entries.Add(Entry(SeedStart.AddDays(day), slot, occurred));
            }
        }

        // Each weekday x slot has occurred at most once in the three weeks.
        var perCombination = entries.Where(entry => entry.Occurred).GroupBy(entry => (entry.Date.DayOfWeek, entry.Slot));
        Assert.All(perCombination, group => Assert.Single(group));
        Assert.True(entries.Count(entry => entry.Occurred) >= 20);

        Assert.Empty(OmaPatterns.Find(entries));
    }

    [Fact]
    public void Find_ShouldNeedTwoOccurrencesOnAtLeastHalfTheAnsweredDays_WhenOneWeekdayRepeats()
    {
        var mondays = new[] { SeedStart, SeedStart.AddDays(7), SeedStart.AddDays(14) };
        var entries = Enumerable.Range(1, 6).Select(day => Entry(SeedStart.AddDays(day), OmaSlot.MorningFirstHalf, false)).ToList();
        entries.Add(Entry(mondays[0], OmaSlot.MorningFirstHalf, true));
        entries.Add(Entry(mondays[1], OmaSlot.MorningFirstHalf, false));
        entries.Add(Entry(mondays[2], OmaSlot.MorningFirstHalf, false));

        Assert.Empty(OmaPatterns.Find(entries));

        entries[^2] = Entry(mondays[1], OmaSlot.MorningFirstHalf, true);
        var candidate = Assert.Single(OmaPatterns.Find(entries));
        Assert.Equal((DayOfWeek.Monday, OmaSlot.MorningFirstHalf, 2, 3), (candidate.Weekday, candidate.Slot, candidate.Occurrences, candidate.RegisteredDays));

        entries.RemoveAt(entries.Count - 1);
        var withoutUnanswered = Assert.Single(OmaPatterns.Find(entries));
        Assert.Equal((2, 2), (withoutUnanswered.Occurrences, withoutUnanswered.RegisteredDays));
    }

    [Fact]
    public void Find_ShouldGiveOneEveryDayCandidateAndNoWeekdayCopies_WhenItOccursInThatSlotMostDays()
    {
        var entries = Enumerable.Range(0, 14)
            .SelectMany(day => OmaSlots.All.Select(slot =>
                Entry(SeedStart.AddDays(day), slot, slot == OmaSlot.EveningSecondHalf && day % 4 != 3)))
            .ToList();

        var candidate = Assert.Single(OmaPatterns.Find(entries));

        Assert.True(candidate.IsEveryDay);
        Assert.Equal(OmaSlot.EveningSecondHalf, candidate.Slot);
        Assert.Equal((11, 14), (candidate.Occurrences, candidate.RegisteredDays));
    }

    [Fact]
    public void Build_ShouldShowTheGridAndCompletion_WhenTheSeedExampleIsOver()
    {
        var overview = OmaOverview.Build(SeedExample(), Local(SeedStart.AddDays(21), 10));

        Assert.Equal("hoofdpijn", overview.Complaint);
        Assert.Equal(21, overview.Rows.Count);
        Assert.Equal(DayOfWeek.Monday, overview.Rows[0].Weekday);
        Assert.Equal([1, 2, 3], overview.Rows.Select(row => row.Week).Distinct());
        Assert.Equal(OmaCellState.Occurred, overview.Rows[0][OmaSlot.AfternoonSecondHalf].State);
        Assert.Equal(OmaCellState.DidNotOccur, overview.Rows[0][OmaSlot.MorningFirstHalf].State);
        Assert.Equal(OmaCellState.Unanswered, overview.Rows[13][OmaSlot.EveningFirstHalf].State);
        Assert.Equal(124, overview.Completion.Answered);
        Assert.Equal(126, overview.Completion.Asked);
        Assert.Equal(98, overview.Completion.Percent);
        Assert.Equal("Je hebt 124 van de 126 momenten ingevuld.", overview.Completion.Text(TextCatalog.Default, Language.Dutch));
    }

    [Fact]
    public void Build_ShouldCountOnlySlotsAskedSoFar_WhenTheDayIsNotOver()
    {
        var assignment = Oma(SeedStart);
        foreach (var slot in OmaSlots.All)
        {
            assignment.RecordOma(SeedStart, slot, false, null, Local(SeedStart, 22));
        }

        var tuesday = SeedStart.AddDays(1);
        foreach (var slot in OmaSlots.Of(DayPart.Morning).Concat(OmaSlots.Of(DayPart.Afternoon)))
        {
            assignment.RecordOma(tuesday, slot, slot == OmaSlot.AfternoonSecondHalf, null, Local(tuesday, 18));
        }

        var wednesday = SeedStart.AddDays(2);
        assignment.RecordOma(wednesday, OmaSlot.MorningFirstHalf, true, null, Local(wednesday, 12, 45));
        assignment.RecordOma(tuesday, OmaSlot.EveningFirstHalf, false, null, Local(wednesday, 12, 46));

        var overview = OmaOverview.Build(assignment, Local(wednesday, 18));

        Assert.Equal(3, overview.Rows.Count);
        Assert.Equal((12, 16), (overview.Completion.Answered, overview.Completion.Asked));
        Assert.Equal(0.75, overview.Completion.Fraction, 3);
        Assert.Equal(75, overview.Completion.Percent);
        Assert.Equal(OmaCellState.DidNotOccur, overview.Rows[1][OmaSlot.EveningFirstHalf].State);
        Assert.True(overview.Rows[1][OmaSlot.EveningFirstHalf].IsLate);
        Assert.Equal(OmaCellState.Unanswered, overview.Rows[1][OmaSlot.EveningSecondHalf].State);
        Assert.Equal(OmaCellState.Occurred, overview.Rows[2][OmaSlot.MorningFirstHalf].State);
        Assert.Equal(OmaCellState.Unanswered, overview.Rows[2][OmaSlot.AfternoonFirstHalf].State);
        Assert.Equal(OmaCellState.NotAsked, overview.Rows[2][OmaSlot.EveningFirstHalf].State);
    }

    [Fact]
    public void Build_ShouldNotCountPausedDaysAsAsked_WhenTheRemindersWerePaused()
    {
        var assignment = Oma(SeedStart);
        assignment.Pause(Local(SeedStart, 8));

        var overview = OmaOverview.Build(assignment, Local(SeedStart.AddDays(1), 23));

        Assert.Equal(new CompletionRate(0, 0), overview.Completion);
        Assert.Equal(0, overview.Completion.Percent);
        Assert.All(overview.Rows.SelectMany(row => row.Cells), cell => Assert.Equal(OmaCellState.NotAsked, cell.State));
        Assert.Equal("Er is nog niets om in te vullen.", overview.Completion.Text(TextCatalog.Default, Language.Dutch));
    }

    [Fact]
    public void Build_ShouldHaveNoRows_WhenTheAssignmentHasNotStarted()
    {
        var overview = OmaOverview.Build(Oma(SeedStart), Local(SeedStart.AddDays(-1), 21));

        Assert.Empty(overview.Rows);
        Assert.Empty(overview.Candidates);
    }

    private static OmaEntry Entry(DateOnly date, OmaSlot slot, bool occurred) =>
        new(date, slot, occurred, null, null, Local(date, 22), false);
}
