using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace ReIntegratie.Domain.Appointments;

/// <summary>
/// The short PIN a client chooses to come back to their preparation from another browser or device,
/// stored only as a salted, slowed-down hash (PBKDF2-SHA256). A PIN has few possibilities, so the hash
/// alone does not protect it: wrong tries are limited like wrong invitation codes.
/// </summary>
public sealed class ResumePin
{
    public const int MinLength = 4;
    public const int MaxLength = 6;
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    [JsonConstructor]
    private ResumePin()
    {
    }

    [JsonInclude]
    public string Salt { get; private set; } = string.Empty;

    [JsonInclude]
    public string Hash { get; private set; } = string.Empty;

    /// <summary>4 to 6 digits, spaces around ignored.</summary>
    public static bool TryNormalize(string? typed, [NotNullWhen(true)] out string? pin)
    {
        var trimmed = typed?.Trim();
        pin = trimmed is { Length: >= MinLength and <= MaxLength } && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
        return pin is not null;
    }

    /// <summary>A new salted hash of the PIN; throws when it is not 4 to 6 digits.</summary>
    public static ResumePin Create(string typed)
    {
        if (!TryNormalize(typed, out var pin))
        {
            throw new ArgumentException("A PIN has 4 to 6 digits.", nameof(typed));
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new ResumePin { Salt = Convert.ToHexStringLower(salt), Hash = Convert.ToHexStringLower(Derive(pin, salt)) };
    }

    public bool Matches(string? typed)
    {
        if (!TryNormalize(typed, out var pin) || Salt.Length == 0 || Hash.Length == 0)
        {
            return false;
        }

        try
        {
            return CryptographicOperations.FixedTimeEquals(Derive(pin, Convert.FromHexString(Salt)), Convert.FromHexString(Hash));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Derive(string pin, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
