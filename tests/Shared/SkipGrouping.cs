using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KoreaRussiaGraph.Testing.Skips;

// Linked into every test project by tests/Directory.Build.props, which also declares it the xunit framework of each
// (the Neo4j suite's own framework derives from it): xunit loads a framework from the test assembly or one it references.

/// <summary>The xunit 2 framework with <see cref="SkipGroupingDiscoverer"/>.</summary>
public class SkipGroupingFramework(IMessageSink sink) : XunitTestFramework(sink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new SkipGroupingDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}

/// <summary>
/// Reports the skipped tests of a class as one <see cref="SkippedGroupTestCase"/> per skip reason, so the default
/// `dotnet test` output has one line per group that says why, instead of a bare line per test.
/// </summary>
public class SkipGroupingDiscoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
    : XunitTestFrameworkDiscoverer(assembly, source, sink)
{
    protected override bool FindTestsForType(ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        var collecting = new SkipCollectingBus(messageBus);
        if (!base.FindTestsForType(testClass, includeSourceInformation, collecting, discoveryOptions)) return false;
        foreach (var group in collecting.Skipped.GroupBy(t => t.SkipReason))
        {
            var first = group.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal).First();
            var grouped = new SkippedGroupTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                first.TestMethod, group.Count(), group.Key);
            if (!ReportDiscoveredTestCase(grouped, includeSourceInformation, messageBus)) return false;
        }
        return true;
    }
}

/// <summary>
/// Stands for every test of one class skipped for one reason: `dotnet test` prints a bare line per skipped test at
/// its default verbosity and the reason only at detailed, so the group is reported once, its name saying how many
/// tests it holds and why they did not run.
/// </summary>
public sealed class SkippedGroupTestCase : XunitTestCase
{
    private int _count;
    private string _reason = "";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedGroupTestCase() { }

    public SkippedGroupTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod firstMethod, int count, string reason)
        : base(sink, display, options, firstMethod)
    {
        _count = count;
        _reason = reason;
    }

    protected override void Initialize()
    {
        base.Initialize();
        var tests = _count == 1 ? $"1 test ({TestMethod.Method.Name})" : $"{_count} tests";
        DisplayName = $"{TestMethod.TestClass.Class.Name}: {tests} skipped: {_reason}";
        SkipReason = _reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("GroupCount", _count);
        data.AddValue("GroupReason", _reason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _count = data.GetValue<int>("GroupCount");
        _reason = data.GetValue<string>("GroupReason");
        base.Deserialize(data);
    }
}

/// <summary>Holds back the skipped test cases a class's discovery reports, to report them as <see cref="SkippedGroupTestCase"/>s.</summary>
internal sealed class SkipCollectingBus(IMessageBus inner) : IMessageBus
{
    public List<ITestCase> Skipped { get; } = [];

    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestCaseDiscoveryMessage { TestCase: { SkipReason: { Length: > 0 } } testCase })
        {
            Skipped.Add(testCase);
            return true;
        }
        return inner.QueueMessage(message);
    }

    public void Dispose() { }
}
