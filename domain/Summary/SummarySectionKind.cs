using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Summary;

/// <summary>
/// The sections of the professional's summary, in the order of the conversation structure
/// (docs/method.md §4). Cards name the section their answers go to.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SummarySectionKind>))]
public enum SummarySectionKind
{
    /// <summary>1. The client's own agenda, what they want to understand or decide, practical needs.</summary>
    Agenda,

    /// <summary>2. What matters: values, circles, discrepancies and capabilities, strengths, "what should work give you".</summary>
    WhatMatters,

    /// <summary>3. Day and energy: the client's own experience, not a medical judgement.</summary>
    DayAndEnergy,

    /// <summary>4. What else plays a part and which help is involved.</summary>
    Surroundings,

    /// <summary>5. Work and employer as the client sees them.</summary>
    WorkAndEmployer,

    /// <summary>6. Earlier experiences and what should be different.</summary>
    EarlierExperiences,

    /// <summary>7. Where the client stands, their own confidence (1-5), the first step, working together.</summary>
    ConfidenceAndNextStep,

    /// <summary>8. What was skipped, kept for the conversation, or not shared: listed plainly.</summary>
    SkippedOrNotShared,

    /// <summary>9. Suggested open questions for the professional.</summary>
    OpenQuestions,
}
