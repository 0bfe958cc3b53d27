using System.Text.Json;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Domain.Tests.Appointments;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Expiry = Now.AddDays(14);
    private static readonly InvitationCode Code = InvitationCode.New();

    private static Invitation Issue() => Invitation.Issue(Code, "appointment-1", Expiry);

    [Fact]
    public void Redeem_ShouldBindToTheConversation_WhenTheCodeIsRightAndValid()
    {
        var invitation = Issue();

        var result = invitation.Redeem(Code, "webchat/c1", Now);

        Assert.Equal(RedemptionOutcome.Redeemed, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.True(result.Changed);
        Assert.False(result.CountsAsFailedAttempt);
        Assert.Equal("appointment-1", result.AppointmentId);
        Assert.Equal("webchat/c1", invitation.BoundConversationKey);
        Assert.Equal(Now, invitation.BoundAt);
    }

    [Fact]
    public void Redeem_ShouldSayWrongCode_WhenAnotherCodeIsTyped()
    {
        var invitation = Issue();
        var other = InvitationCode.New();

        var result = invitation.Redeem(other, "webchat/c1", Now);

        Assert.Equal(RedemptionOutcome.WrongCode, result.Outcome);
        Assert.True(result.CountsAsFailedAttempt);
        Assert.Null(result.AppointmentId);
        Assert.Null(invitation.BoundConversationKey);
    }

    [Fact]
    public void NotFound_ShouldBeAWrongCodeThatCounts_WhenNoInvitationHasTheHash()
    {
        Assert.Equal(RedemptionOutcome.WrongCode, InvitationRedemption.NotFound.Outcome);
        Assert.True(InvitationRedemption.NotFound.CountsAsFailedAttempt);
    }

    [Fact]
    public void Redeem_ShouldSayExpired_WhenRedeemedAtOrAfterTheExpiry()
    {
        Assert.Equal(RedemptionOutcome.Redeemed, Issue().Redeem(Code, "webchat/c1", Expiry.AddTicks(-1)).Outcome);

        var invitation = Issue();
        var result = invitation.Redeem(Code, "webchat/c1", Expiry);

        Assert.Equal(RedemptionOutcome.Expired, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.False(result.CountsAsFailedAttempt);
        Assert.Null(invitation.BoundConversationKey);
    }

    [Fact]
    public void Redeem_ShouldRefuseAnotherConversation_WhenAlreadyBound()
    {
        var invitation = Issue();
        invitation.Redeem(Code, "webchat/c1", Now);

        var result = invitation.Redeem(Code, "msteams/c2", Now.AddMinutes(5));

        Assert.Equal(RedemptionOutcome.UsedByAnotherConversation, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal("webchat/c1", invitation.BoundConversationKey);
    }

    [Fact]
    public void Redeem_ShouldLetTheSameConversationContinue_WhenAlreadyBoundEvenAfterExpiry()
    {
        var invitation = Issue();
        invitation.Redeem(Code, "webchat/c1", Now);

        var result = invitation.Redeem(Code, "webchat/c1", Expiry.AddDays(1));

        Assert.Equal(RedemptionOutcome.AlreadyRedeemedHere, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Equal(Now, invitation.BoundAt);
    }

    [Fact]
    public void Redeem_ShouldSayRevoked_WhenTheProfessionalWithdrewIt()
    {
        var invitation = Issue();
        invitation.Revoke(Now);

        Assert.Equal(RedemptionOutcome.Revoked, invitation.Redeem(Code, "webchat/c1", Now.AddMinutes(1)).Outcome);
        Assert.Null(invitation.BoundConversationKey);
    }

    [Fact]
    public void Invitation_ShouldStoreOnlyTheHash_WhenSerialised()
    {
        var invitation = Issue();
        invitation.Redeem(Code, "webchat/c1", Now);

        var json = JsonSerializer.Serialize(invitation);
        var copy = JsonSerializer.Deserialize<Invitation>(json)!;

        Assert.DoesNotContain(Code.Formatted.Replace("-", string.Empty, StringComparison.Ordinal), json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Code.Hash, json, StringComparison.Ordinal);
        Assert.Equal(Code.Hash, copy.CodeHash);
        Assert.Equal(Expiry, copy.ExpiresAt);
        Assert.Equal(RedemptionOutcome.AlreadyRedeemedHere, copy.Redeem(Code, "webchat/c1", Now).Outcome);
        Assert.Equal(RedemptionOutcome.UsedByAnotherConversation, copy.Redeem(Code, "webchat/c9", Now).Outcome);
    }

    [Fact]
    public void TextKey_ShouldNameTheOutcome_WhenShownToTheClient() =>
        Assert.Equal("invitation.outcome.usedByAnotherConversation", new InvitationRedemption(RedemptionOutcome.UsedByAnotherConversation, "a").TextKey);
}
