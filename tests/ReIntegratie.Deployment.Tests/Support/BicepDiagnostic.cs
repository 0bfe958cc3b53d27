namespace ReIntegratie.Deployment.Tests.Support;

/// <summary>One line of Bicep's default diagnostics output: <c>file(line,column) : Level code: message</c>.</summary>
public sealed record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public bool IsErrorOrWarning => Level is "Error" or "Warning";
}
