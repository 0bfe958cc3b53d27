using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using static ReIntegratie.Domain.Tests.Registrations.RegistrationTestData;

namespace ReIntegratie.Domain.Tests.Registrations;

public sealed class ProblemInventoryTests
{
    private static RegistrationAssignment WithStressors(int count)
    {
        var assignment = RegistrationAssignment.CreateProblemInventory("inv-1", "appointment-1", SeedStart, Local(SeedStart, 8));
        for (var number = 1; number <= count; number++)
        {
            Assert.True(assignment.AddStressor($"Situatie {number}: kom ik binnen, dan ...").IsValid);
        }

        return assignment;
    }

    [Fact]
    public void Progress_ShouldBeIncompleteAndAskForMore_WhenTheListHasSixStressors()
    {
        var assignment = WithStressors(6);

        var progress = assignment.Inventory!.Progress();
        var check = assignment.Inventory.CheckComplete();

        Assert.False(progress.IsComplete);
        Assert.Equal(InventoryStep.ListStressors, progress.Next);
        Assert.Equal(RegistrationProblem.TooFewStressors, check.Problem);
        Assert.Equal(7, check.Limit);
        Assert.StartsWith("Je lijst is af als er minstens 7 situaties op staan.", check.Text(TextCatalog.Default, Language.Dutch), StringComparison.Ordinal);
        Assert.False(assignment.CanComplete);
        Assert.Throws<InvalidOperationException>(() => assignment.Complete(Local(SeedStart, 20)));
        Assert.Equal(RegistrationStatus.Active, assignment.Status);
    }

    [Fact]
    public void AddStressor_ShouldRefuseTheEleventh_WhenTheListHasTen()
    {
        var assignment = WithStressors(10);

        var check = assignment.AddStressor("Nog een situatie.");

        Assert.Equal(RegistrationProblem.TooManyStressors, check.Problem);
        Assert.Equal(10, check.Limit);
        Assert.Equal(10, assignment.Inventory!.Stressors.Count);
    }

    [Fact]
    public void AddStressor_ShouldRefuse_WhenTheTextIsEmptyOrTooLong()
    {
        var assignment = WithStressors(0);

        Assert.Equal(RegistrationProblem.StressorEmpty, assignment.AddStressor("  ").Problem);
        Assert.Equal(RegistrationProblem.StressorTooLong, assignment.AddStressor(new string('a', RegistrationLimits.StressorMaxLength + 1)).Problem);
        Assert.True(assignment.AddStressor(new string('a', RegistrationLimits.StressorMaxLength)).IsValid);
        Assert.Single(assignment.Inventory!.Stressors);
    }

    [Fact]
    public void Progress_ShouldGoFromMarkingToTheAsThenBsThenCs_WhenTheClientWorksThroughTheList()
    {
        var assignment = WithStressors(7);
        var inventory = assignment.Inventory!;

        Assert.Equal((InventoryStep.MarkStressors, 1), (inventory.Progress().Next, inventory.Progress().NextStressorId));
        Assert.Equal(RegistrationProblem.NotAllMarked, inventory.CheckComplete().Problem);
        Assert.Equal(RegistrationProblem.StressorNotMarked, assignment.SetStressorPlan(1, "Eerst bellen.").Problem);

        StressorCategory[] marks = [StressorCategory.Later, StressorCategory.ActNow, StressorCategory.CannotInfluence, StressorCategory.ActNow, StressorCategory.Later, StressorCategory.ActNow, StressorCategory.Later];
        for (var id = 1; id <= 7; id++)
        {
            Assert.True(assignment.MarkStressor(id, marks[id - 1]).IsValid);
        }

        Assert.True(inventory.Progress().IsComplete);
        Assert.True(assignment.CanComplete);
        Assert.Equal((InventoryStep.WorkOutActNow, 2), (inventory.Progress().Next, inventory.Progress().NextStressorId));

        foreach (var id in new[] { 2, 4, 6 })
        {
            Assert.True(assignment.SetStressorPlan(id, "Zo zou ik het aanpakken.").IsValid);
        }

        Assert.Equal((InventoryStep.WorkOutLater, 1), (inventory.Progress().Next, inventory.Progress().NextStressorId));

        foreach (var id in new[] { 1, 5, 7 })
        {
            assignment.SetStressorPlan(id, "Hulp vragen aan ...");
        }

        Assert.Equal((InventoryStep.WorkOutCannotInfluence, 3), (inventory.Progress().Next, inventory.Progress().NextStressorId));
        assignment.SetStressorPlan(3, "Een plek geven door ...");

        var done = inventory.Progress();
        Assert.Equal(InventoryStep.Done, done.Next);
        Assert.Equal((7, 7, 7), (done.Stressors, done.Marked, done.WithPlan));
        Assert.Equal("Je lijst heeft nu 7 situaties. Bij 7 staat een letter.", done.CountsText(TextCatalog.Default, Language.Dutch));

        assignment.Complete(Local(SeedStart.AddDays(5), 20));
        Assert.Equal(RegistrationStatus.Completed, assignment.Status);
        Assert.Equal(RegistrationProblem.Ended, assignment.AddStressor("Nog een.").Problem);
    }

    [Fact]
    public void RemoveStressor_ShouldNeverReuseAnId_WhenAStressorIsRemovedAndAnotherAdded()
    {
        var assignment = WithStressors(3);

        Assert.True(assignment.RemoveStressor(3).IsValid);
        assignment.AddStressor("Een nieuwe situatie.");

        Assert.Equal([1, 2, 4], assignment.Inventory!.Stressors.Select(stressor => stressor.Id));
        Assert.Equal(RegistrationProblem.UnknownStressor, assignment.RemoveStressor(3).Problem);
        Assert.Equal(RegistrationProblem.UnknownStressor, assignment.MarkStressor(3, StressorCategory.ActNow).Problem);
        Assert.True(assignment.EditStressor(4, "  Anders gezegd.  ").IsValid);
        Assert.Equal("Anders gezegd.", assignment.Inventory.Find(4)!.Text);
    }

    [Fact]
    public void SetStressorPlan_ShouldRefuseTooLongAndClearOnBlank_WhenTheClientWritesAPlan()
    {
        var assignment = WithStressors(1);
        assignment.MarkStressor(1, StressorCategory.ActNow);

        Assert.Equal(RegistrationProblem.PlanTooLong, assignment.SetStressorPlan(1, new string('a', RegistrationLimits.StressorPlanMaxLength + 1)).Problem);
        Assert.True(assignment.SetStressorPlan(1, "Morgen bellen.").IsValid);
        Assert.True(assignment.SetStressorPlan(1, " ").IsValid);
        Assert.Null(assignment.Inventory!.Find(1)!.Plan);
    }

    [Fact]
    public void ShouldSend_ShouldStopTheInventoryReminder_WhenTheListIsDone()
    {
        var assignment = RegistrationAssignment.CreateProblemInventory("inv-1", "appointment-1", SeedStart, Local(SeedStart, 8), reminderTime: new TimeOnly(19, 0));
        var first = ReminderSchedule.For(assignment)[0];
        Assert.True(ReminderSchedule.ShouldSend(assignment, first));

        for (var number = 1; number <= 7; number++)
        {
            assignment.AddStressor($"Situatie {number}");
            assignment.MarkStressor(number, StressorCategory.CannotInfluence);
            assignment.SetStressorPlan(number, "Een plek geven.");
        }

        Assert.False(ReminderSchedule.ShouldSend(assignment, first));
    }
}
