// App Service plan and the Linux web app that runs the bot (.NET 10), with the settings the bot
// reads (bot/appsettings.json; App Service writes `:` as `__`).

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; also the first label of its host name.')
param name string

@description('Azure region.')
param location string

@description('App Service plan SKU; Basic or higher for Always On, Premium v3 for zone redundancy.')
param planSkuName string

@description('Number of instances. Several instances share state and work through Blob and Queue Storage.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity (AZURE_CLIENT_ID for DefaultAzureCredential).')
param identityClientId string

@description('MicrosoftAppType: UserAssignedMSI or SingleTenant.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

@description('MicrosoftAppId: the bot\'s app id (the identity\'s client id for UserAssignedMSI).')
param botAppId string

@description('MicrosoftAppPassword: the app registration\'s client secret for SingleTenant; empty for UserAssignedMSI.')
@secure()
param botAppPassword string

@description('Blob service endpoint (Storage:AccountUrl).')
param blobEndpoint string

@description('Blob container (Storage:Container).')
param containerName string

@description('Queue service endpoint (Scheduling:QueueServiceUrl).')
param queueEndpoint string

@description('Queue name (Scheduling:QueueName).')
param queueName string

@description('Entra tenant whose users may act as professionals (Professionals:AllowedTenantIds:0).')
param professionalTenantId string

@description('Base of the invitation link a professional gives a client (Client:InvitationLinkBase).')
param invitationLinkBase string

@description('Days after the appointment that client data is erased (Retention:DaysAfterAppointment).')
param retentionDaysAfterAppointment int

@description('Days the storage account keeps erased blobs (soft delete); the bot tells clients this figure.')
param storageSoftDeleteDays int

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Log Analytics workspace for the App Service HTTP, console and platform logs.')
param workspaceId string

@description('Tags for every resource.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSkuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      webSocketsEnabled: false
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: botAppType
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          // Always present so a redeployment clears a secret left from an earlier SingleTenant setup;
          // the bot requires it to be empty for UserAssignedMSI.
          name: 'MicrosoftAppPassword'
          value: botAppType == 'SingleTenant' ? botAppPassword : ''
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenant().tenantId
        }
        {
          name: 'Storage__Provider'
          value: 'AzureBlob'
        }
        {
          name: 'Storage__AccountUrl'
          value: blobEndpoint
        }
        {
          name: 'Storage__Container'
          value: containerName
        }
        {
          name: 'Scheduling__Provider'
          value: 'AzureQueue'
        }
        {
          name: 'Scheduling__QueueServiceUrl'
          value: queueEndpoint
        }
        {
          name: 'Scheduling__QueueName'
          value: queueName
        }
        {
          name: 'Professionals__AllowedTenantIds__0'
          value: professionalTenantId
        }
        {
          name: 'Client__InvitationLinkBase'
          value: invitationLinkBase
        }
        {
          name: 'Retention__DaysAfterAppointment'
          value: string(retentionDaysAfterAppointment)
        }
        {
          name: 'Retention__StorageSoftDeleteDays'
          value: string(storageSoftDeleteDays)
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
      ]
    }
  }
}

// Deploy with Entra ID (az webapp deploy), never with FTP or basic-auth publishing credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
