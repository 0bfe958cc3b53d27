using ReIntegratie.Domain.Capabilities;

namespace ReIntegratie.Domain.Summary;

/// <summary>One circle of the circle model with the names of the values the client placed in it.</summary>
public sealed record CircleGroup(Circle Circle, string Title, IReadOnlyList<string> ValueNames);
