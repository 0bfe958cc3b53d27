namespace ReIntegratie.Deployment.Tests.Infra;

[CollectionDefinition(Name)]
public sealed class MainTemplateCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "Compiled infra/main.bicep";
}
