using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thb.Cycles;
using Thb.Intake;
using Thb.IntegrationTests.Intake;

namespace Thb.IntegrationTests.Faults;

/// <summary>Every log line of an intake carries its cycle, contributor and blob, and its submission once known (what an operator filters on in Azure).</summary>
public class IntakeLogScopeTests
{
    [Fact]
    public async Task Every_intake_log_line_names_the_cycle_contributor_blob_and_submission()
    {
        var capture = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ThbStorage"] = await TestStorage.ConnectionStringAsync() }).Build();
        await using var provider = new ServiceCollection().AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Information)).AddThbCore(configuration).BuildServiceProvider();
        var cycles = provider.GetRequiredService<CycleService>();
        var cycle = await cycles.OpenAsync(new Cycle(CycleId.Parse(TestStorage.NewCycleId("log")), "Log scope", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [7]),
            IntakeScenario.SampleContributors);
        var upload = await ReturnUploads.UploadByContentAsync(provider.GetRequiredService<Thb.Storage.ThbStorage>(), File.ReadAllBytes(TestData.Sample("Cyprus")), "Cyprus.xlsx",
            cycle.Id, ContributorId.Parse("cyprus"), DateTimeOffset.UtcNow);

        var result = await provider.GetRequiredService<IntakeService>().ProcessAsync(upload.BlobName);

        var lines = capture.Lines.Where(l => l.Category == typeof(IntakeService).FullName).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.Equal(cycle.Id.Value, l.Scope["Cycle"]);
            Assert.Equal("cyprus", l.Scope["Contributor"]);
            Assert.Equal(upload.BlobName, l.Scope["Blob"]);
            Assert.Equal(result!.Submission.Id.Value, l.Scope["Submission"]);
        });
    }

    private sealed record Line(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Keeps every line with the properties of the scopes around it, as Application Insights' provider records them.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        private readonly List<Line> _lines = [];

        public IReadOnlyList<Line> Lines
        {
            get { lock (_lines) return [.. _lines]; }
        }

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                owner._scopes.ForEachScope((s, d) =>
                {
                    if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (key, value) in pairs) d[key] = value;
                }, scope);
                lock (owner._lines) owner._lines.Add(new Line(category, formatter(state, exception), scope));
            }
        }
    }
}
