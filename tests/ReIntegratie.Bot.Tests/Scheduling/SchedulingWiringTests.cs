using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReIntegratie.Bot.Hosting;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Scheduling.InProcess;
using ReIntegratie.Bot.Scheduling.Queue;
using ReIntegratie.Bot.Wiring;

namespace ReIntegratie.Bot.Tests.Scheduling;

public sealed class SchedulingWiringTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "reintegratie-wiring-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        settings["Storage:Path"] = folder;
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Theory]
    [InlineData("Scheduling:Provider", "Cron", "Scheduling:Provider")]
    [InlineData("Scheduling:Provider", "7", "Scheduling:Provider")]
    [InlineData("Scheduling:Provider", "AzureQueue", "Scheduling:QueueServiceUrl")]
    [InlineData("Scheduling:PollInterval", "soon", "Scheduling:PollInterval")]
    [InlineData("Scheduling:LeaseDuration", "00:00:01", "Scheduling:LeaseDuration")]
    [InlineData("Scheduling:LeaseDuration", "8.00:00:00", "Scheduling:LeaseDuration")]
    [InlineData("Scheduling:MaxAttempts", "0", "Scheduling:MaxAttempts")]
    [InlineData("Scheduling:MaxParallelism", "many", "Scheduling:MaxParallelism")]
    public void StartUp_ShouldStopWithOneLineNamingTheSetting_WhenASchedulingSettingIsInvalid(string key, string value, string expectedName)
    {
        var line = StartUpProblem(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(expectedName, line);
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("not a url", "reintegratie-work", "Scheduling:QueueServiceUrl")]
    [InlineData("https://account.queue.core.windows.net", "Bad_Queue", "Scheduling:QueueName")]
    public void StartUp_ShouldStopWithOneLineNamingTheSetting_WhenTheAzureQueueSettingsAreInvalid(string url, string queueName, string expectedName)
    {
        var line = StartUpProblem(new Dictionary<string, string?>
        {
            ["Scheduling:Provider"] = "AzureQueue",
            ["Scheduling:QueueServiceUrl"] = url,
            ["Scheduling:QueueName"] = queueName,
        });

        Assert.Contains(expectedName, line);
    }

    [Theory]
    [InlineData("Storage:Provider", "Floppy", "Storage:Provider")]
    [InlineData("Storage:CacheSize", "-1", "Storage:CacheSize")]
    [InlineData("Storage:CacheSize", "lots", "Storage:CacheSize")]
    [InlineData("Diagnostics:StorageCounters", "yes", "Diagnostics:StorageCounters")]
    public void StartUp_ShouldStopWithOneLineNamingTheSetting_WhenAStorageSettingIsInvalid(string key, string value, string expectedName)
    {
        var line = StartUpProblem(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(expectedName, line);
        Assert.DoesNotContain('\n', line);
    }

    private string StartUpProblem(Dictionary<string, string?> settings)
    {
        var builder = Builder(settings);
        builder.AddDocumentStorage();
        builder.AddScheduling();
        using var app = builder.Build();

        var error = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        return Assert.IsType<string>(StartupProblem.Describe(error));
    }

    [Fact]
    public void AddScheduling_ShouldRunInProcessOnTheDocumentStore_ByDefault()
    {
        var builder = Builder([]);
        builder.AddDocumentStorage();
        builder.AddScheduling();

        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<DocumentWorkScheduler>(services.GetRequiredService<IWorkScheduler>());
        var dispatcher = Assert.IsType<InProcessDispatcher>(services.GetRequiredService<IWorkDispatcher>());
        Assert.Contains(dispatcher, services.GetServices<IHostedService>());
    }

    [Fact]
    public void AddScheduling_ShouldUseTheQueue_WhenAzureQueueHasTheStorageConnectionString()
    {
        var builder = Builder(new Dictionary<string, string?>
        {
            ["Scheduling:Provider"] = "azurequeue",
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
        });
        builder.AddDocumentStorage();
        builder.AddScheduling();

        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<QueueWorkScheduler>(services.GetRequiredService<IWorkScheduler>());
        var dispatcher = Assert.IsType<QueueDispatcher>(services.GetRequiredService<IWorkDispatcher>());
        Assert.Contains(dispatcher, services.GetServices<IHostedService>());
        Assert.Equal("reintegratie-work", services.GetRequiredService<WorkQueue>().Name);
    }

    [Fact]
    public void WorkHandlers_ShouldRefuse_WhenTwoHandlersServeOneKind()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new WorkHandlers([WorkHandlerMock.Of("summary").Object, WorkHandlerMock.Of("summary").Object]));

        Assert.Contains("'summary'", error.Message);
    }
}
