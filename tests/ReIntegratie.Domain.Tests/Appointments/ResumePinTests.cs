using System.Text.Json;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Domain.Tests.Appointments;

public sealed class ResumePinTests
{
    [Theory]
    [InlineData("1234")]
    [InlineData("482105")]
    [InlineData(" 4821 ")]
    public void Create_ShouldMatchTheSamePin_AndNoOther(string pin)
    {
        var stored = ResumePin.Create(pin);

        Assert.True(stored.Matches(pin.Trim()));
        Assert.False(stored.Matches("9999"));
        Assert.False(stored.Matches(pin.Trim() + "0"));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("1234567")]
    [InlineData("12a4")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("１２３４")]
    public void TryNormalize_ShouldRefuse_WhatIsNotFourToSixDigits(string? typed) =>
        Assert.False(ResumePin.TryNormalize(typed, out _));

    [Fact]
    public void Create_ShouldSaltEachPin_SoTheSamePinIsStoredDifferently_AndNeverInClear()
    {
        var first = ResumePin.Create("4821");
        var second = ResumePin.Create("4821");

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.DoesNotContain("4821", JsonSerializer.Serialize(first), StringComparison.Ordinal);
    }

    [Fact]
    public void StoredPin_ShouldStillMatch_AfterAJsonRoundTrip()
    {
        var stored = JsonSerializer.Deserialize<ResumePin>(JsonSerializer.Serialize(ResumePin.Create("4821")))!;

        Assert.True(stored.Matches("4821"));
        Assert.False(stored.Matches("4822"));
    }

    [Fact]
    public void Appointment_ShouldForgetThePin_WhenItsDataIsErased()
    {
        var now = DateTimeOffset.Parse("2026-12-01T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);
        var appointment = Appointment.Create("a1", "p1", "Sam", now.AddDays(3), Domain.Preparation.PreparationParts.All, Domain.Content.Language.Dutch, now);
        appointment.SetResumePin(ResumePin.Create("4821"));

        appointment.DeleteData(now);

        Assert.Null(appointment.ResumePin);
    }

    [Fact]
    public void Invitation_ShouldMoveToTheConversationThatGaveThePin_ButNotWhenWithdrawn()
    {
        var now = DateTimeOffset.UtcNow;
        var code = InvitationCode.New();
        var invitation = Invitation.Issue(code, "a1", now.AddDays(3));
        invitation.Redeem(code, "webchat/first", now);

        Assert.True(invitation.MoveTo("webchat/second", now));
        Assert.Equal(RedemptionOutcome.UsedByAnotherConversation, invitation.Redeem(code, "webchat/first", now).Outcome);
        Assert.Equal(RedemptionOutcome.AlreadyRedeemedHere, invitation.Redeem(code, "webchat/second", now).Outcome);
        invitation.Revoke(now);
        Assert.False(invitation.MoveTo("webchat/third", now));
    }
}
