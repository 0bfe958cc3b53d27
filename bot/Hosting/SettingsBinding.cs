using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace ReIntegratie.Bot.Hosting;

/// <summary>
/// <c>AddOptions&lt;T&gt;().BindSettings(section)</c>: <c>Bind</c>, preceded by a check that every value of the
/// section converts to its property's type. The binder's own failure is an exception with a stack trace; this
/// one is an <see cref="InvalidSettingException"/> naming the setting and what it may be.
/// </summary>
public static class SettingsBinding
{
    public static OptionsBuilder<T> BindSettings<T>(this OptionsBuilder<T> options, IConfigurationSection section)
        where T : class =>
        options.Configure(_ => EnsureConvertible(section, typeof(T))).Bind(section);

    private static void EnsureConvertible(IConfigurationSection section, Type type)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || child.Value is not { } text || string.IsNullOrWhiteSpace(text) || property.PropertyType == typeof(string))
            {
                continue;
            }

            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var converter = TypeDescriptor.GetConverter(target);
            if (!converter.CanConvertFrom(typeof(string)))
            {
                continue;
            }

            try
            {
                converter.ConvertFromString(null, CultureInfo.InvariantCulture, text);
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException or NotSupportedException)
            {
                throw new InvalidSettingException($"Setting {child.Path} has the value '{text}'; use {Allowed(target)}.");
            }
        }
    }

    public static string Allowed(Type type) => type switch
    {
        _ when type.IsEnum => string.Join(" or ", Enum.GetNames(type)),
        _ when type == typeof(TimeSpan) => "a duration like 00:01:00 (hh:mm:ss) or 1.00:00:00 (a day)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ => "a value of type " + type.Name,
    };
}
