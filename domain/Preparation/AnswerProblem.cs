using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Preparation;

/// <summary>Why an answer or choice was not accepted. Each has a retry text: see <see cref="AnswerCheck.RetryText"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerProblem>))]
public enum AnswerProblem
{
    /// <summary>No card question has this id.</summary>
    UnknownQuestion,

    /// <summary>The question's condition is not met, so it is not asked now.</summary>
    QuestionNotAsked,

    /// <summary>The answer's shape does not fit the question (e.g. options on a free-text question).</summary>
    DoesNotFitQuestion,

    /// <summary>A choice question got no option and no text.</summary>
    NoChoice,

    /// <summary>An option id the question does not have.</summary>
    UnknownOption,

    /// <summary>More than one option on a single-choice question.</summary>
    OneChoiceOnly,

    /// <summary>An exclusive option (like "nothing") combined with others.</summary>
    ExclusiveCombined,

    /// <summary>Text added to a choice that takes none.</summary>
    TextNotAllowed,

    /// <summary>Empty text where words are needed (skip instead).</summary>
    TextEmpty,

    /// <summary>Longer than the question allows; <see cref="AnswerCheck.Limit"/> holds the maximum.</summary>
    TextTooLong,

    /// <summary>A scale value outside 1-5, or none.</summary>
    ScaleOutOfRange,

    /// <summary>No work value has this id.</summary>
    UnknownValue,

    /// <summary>"Niet van toepassing" on b from a client who has work.</summary>
    NotApplicableNotAllowed,

    /// <summary>A value that was not offered for the circles (not rated 4-5 on importance).</summary>
    ValueNotOffered,

    /// <summary>No card or part has this sharing id.</summary>
    UnknownSharingPart,
}
