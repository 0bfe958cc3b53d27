using Microsoft.Extensions.DependencyInjection;
using Moq;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>
/// The host's real document store behind a Moq double, so a test can make chosen writes fail (a lost
/// race, an outage) or run something in between, and see how often each call was made.
/// </summary>
public sealed class InterceptedStore
{
    private IDocumentStore real = null!;

    public Mock<IDocumentStore> Mock { get; } = new(MockBehavior.Strict);

    /// <summary>Called before each create or replace; may throw, or act, before the real write happens.</summary>
    public Func<string, ReadOnlyMemory<byte>, Task>? BeforeWrite { get; set; }

    /// <summary>Puts the double in place of the host's store (everything that resolves the store gets it).</summary>
    public void Install(IServiceCollection services)
    {
        var host = services.Last(d => d.ServiceType == typeof(IDocumentStore));
        Mock.Setup(s => s.ReadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string key, CancellationToken ct) => real.ReadAsync(key, ct));
        Mock.Setup(s => s.CreateAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()))
            .Returns(async (string key, ReadOnlyMemory<byte> content, CancellationToken ct) =>
            {
                await (BeforeWrite?.Invoke(key, content) ?? Task.CompletedTask);
                return await real.CreateAsync(key, content, ct);
            });
        Mock.Setup(s => s.ReplaceAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string key, ReadOnlyMemory<byte> content, string etag, CancellationToken ct) =>
            {
                await (BeforeWrite?.Invoke(key, content) ?? Task.CompletedTask);
                return await real.ReplaceAsync(key, content, etag, ct);
            });
        Mock.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string key, string? etag, CancellationToken ct) => real.DeleteAsync(key, etag, ct));
        Mock.Setup(s => s.ListAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string prefix, CancellationToken ct) => real.ListAsync(prefix, ct));
        services.AddSingleton(provider =>
        {
            real = (IDocumentStore)(host.ImplementationInstance ?? host.ImplementationFactory!(provider));
            return Mock.Object;
        });
    }
}
