namespace ReIntegratie.Bot.Hosting;

/// <summary>A setting has a value the bot cannot start with; the message names the setting and what to do.</summary>
public sealed class InvalidSettingException : Exception
{
    public InvalidSettingException(string message)
        : base(message)
    {
    }

    public InvalidSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
