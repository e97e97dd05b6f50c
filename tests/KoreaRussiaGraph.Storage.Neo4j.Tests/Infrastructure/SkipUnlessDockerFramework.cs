using System.ComponentModel;
using Xunit.Abstractions;
using KoreaRussiaGraph.Testing.Skips;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure.SkipUnlessDockerFramework", "KoreaRussiaGraph.Storage.Neo4j.Tests")]

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Marks a test class whose every test (inherited ones included) needs a Docker engine.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresDockerAttribute : Attribute;

/// <summary>
/// xunit 2 has no dynamic skip, and the store contract's [Fact]s are inherited from a class this project does not
/// own. This framework reports every test of a [RequiresDocker] class as skipped, with the probe's reason, when no
/// Docker engine answers; otherwise the tests are discovered and run as usual. Skipped tests of a class are reported
/// as one group per reason.
/// </summary>
public sealed class SkipUnlessDockerFramework(IMessageSink sink) : XunitTestFramework(sink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : SkipGroupingDiscoverer(assembly, source, sink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var needsDocker = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresDockerAttribute)).Any();
            var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
            if (!needsDocker || !isTest || DockerEngine.SkipReason is null)
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            var skipped = new SkippedForNoDockerTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}

/// <summary>A test case whose skip reason is the Docker probe's answer (re-evaluated when deserialised for execution).</summary>
public sealed class SkippedForNoDockerTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedForNoDockerTestCase() { }

    public SkippedForNoDockerTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        DockerEngine.SkipReason ?? base.GetSkipReason(factAttribute);
}
