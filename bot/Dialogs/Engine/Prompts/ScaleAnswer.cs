namespace ReIntegratie.Bot.Dialogs.Engine.Prompts;

/// <summary>A point on the scale, or "not applicable" where that was allowed.</summary>
public sealed record ScaleAnswer(int? Value, bool NotApplicable)
{
    public static ScaleAnswer Point(int value) => new(value, false);

    public static ScaleAnswer NotApplicableAnswer { get; } = new(null, true);
}
