using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Registrations;

/// <summary>What happened to an OMA answer or a worry-session entry. Each outcome has a kind text for the client.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryOutcome>))]
public enum EntryOutcome
{
    /// <summary>Stored (for today; replaces an earlier answer for the same slot or day).</summary>
    Recorded,

    /// <summary>Stored for yesterday, marked late in the overview.</summary>
    RecordedLate,

    /// <summary>Two or more days ago: looking back that far is unreliable (the method asks for "uiterlijk per dag", docs/method.md §6.2), so refused.</summary>
    TooLongAgo,

    /// <summary>A date after today.</summary>
    InFuture,

    /// <summary>A date before the assignment starts.</summary>
    BeforeStart,

    /// <summary>A date after the assignment's last day.</summary>
    AfterEnd,

    /// <summary>A text is longer than allowed (limit: the maximum length).</summary>
    TextTooLong,

    /// <summary>A note without text.</summary>
    TextEmpty,

    /// <summary>Today's one extra worry note outside the session is already written.</summary>
    ExtraNoteAlreadyWritten,

    /// <summary>The assignment is stopped or completed.</summary>
    Ended,
}
