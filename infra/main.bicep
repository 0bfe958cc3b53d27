// ReIntegratie on Azure: the bot's web app, its Azure Bot registration (Teams + Direct Line),
// storage for state and scheduled work, a managed identity and monitoring.
// Deploy: see "Deploy to Azure" in README.md. Every name gets a suffix unique to the resource group.
targetScope = 'resourceGroup'

@description('Azure region for everything except the Azure Bot (which is global).')
param location string = resourceGroup().location

@description('Short lowercase prefix for resource names.')
@minLength(2)
@maxLength(12)
param namePrefix string = 'reintegratie'

@description('How the bot authenticates to the Bot Framework: UserAssignedMSI (no secret) or SingleTenant (app registration + secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the app registration in this tenant.')
param singleTenantAppId string = ''

@description('SingleTenant only: client secret of that app registration.')
@secure()
param singleTenantAppPassword string = ''

@description('Entra tenant whose users may act as professionals. Defaults to the tenant of this deployment.')
param professionalTenantId string = tenant().tenantId

@description('Base URL of the client chat page on your site; the bot appends the invitation code (Client:InvitationLinkBase).')
param clientInvitationLinkBase string

@description('Origins (https://host) of the pages that embed the client Web Chat; they become Direct Line trusted origins.')
param webChatOrigins string[] = []

@description('App Service plan SKU (B1 and up support Always On; P0v3 and up are recommended for production).')
param appServicePlanSku string = 'P0v3'

@description('Number of web app instances.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Blob container for the bot\'s documents; must match Storage:Container.')
param containerName string = 'reintegratie'

@description('Queue for scheduled work; must match Scheduling:QueueName.')
param queueName string = 'reintegratie-work'

@description('Days deleted or overwritten blobs stay restorable.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 14

@description('Days after the appointment that the bot erases client data.')
@minValue(0)
@maxValue(3650)
param retentionDaysAfterAppointment int = 30

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags for every resource.')
param tags object = {
  application: 'ReIntegratie'
}

var prefix = toLower(namePrefix)
var suffix = uniqueString(resourceGroup().id, prefix)
var isManagedIdentity = botAppType == 'UserAssignedMSI'
var identityName = 'id-${prefix}-${suffix}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${prefix}-${suffix}'
    appInsightsName: 'appi-${prefix}-${suffix}'
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${replace(prefix, '-', '')}${suffix}', 24)
    location: location
    skuName: storageSku
    containerName: containerName
    queueName: queueName
    softDeleteDays: blobSoftDeleteDays
    identityName: identityName
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

var botAppId = isManagedIdentity ? identity.outputs.clientId : singleTenantAppId

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    planName: 'asp-${prefix}-${suffix}'
    name: 'app-${prefix}-${suffix}'
    location: location
    planSkuName: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    botAppType: botAppType
    botAppId: botAppId
    botAppPassword: singleTenantAppPassword
    blobEndpoint: storage.outputs.blobEndpoint
    containerName: storage.outputs.containerName
    queueEndpoint: storage.outputs.queueEndpoint
    queueName: storage.outputs.queueName
    professionalTenantId: professionalTenantId
    invitationLinkBase: clientInvitationLinkBase
    retentionDaysAfterAppointment: retentionDaysAfterAppointment
    storageSoftDeleteDays: blobSoftDeleteDays
    appInsightsConnectionString: monitoring.outputs.connectionString
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${prefix}-${suffix}'
    displayName: 'ReIntegratie'
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    appType: botAppType
    appId: botAppId
    identityId: identity.outputs.id
    skuName: botSku
    webChatOrigins: webChatOrigins
    tags: tags
  }
}

@description('The bot\'s messaging endpoint, as registered on the Azure Bot.')
output botEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'

@description('The bot\'s Microsoft App ID (MicrosoftAppId); for UserAssignedMSI the identity\'s client id. manifest/package.sh --bot-id.')
output microsoftAppId string = botAppId

@description('Client id of the managed identity (AZURE_CLIENT_ID).')
output identityClientId string = identity.outputs.clientId

@description('Host name of the web app. manifest/package.sh --domain.')
output webAppHostName string = webApp.outputs.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('Name of the Azure Bot, for az bot directline show.')
output botName string = bot.outputs.name

@description('Name of the Application Insights component.')
output appInsightsName string = monitoring.outputs.appInsightsName

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('A Teams app id that stays the same for this resource group. manifest/package.sh --app-id.')
output teamsAppId string = guid(resourceGroup().id, 'teams-app', prefix)

@description('The command that packages the Teams app for this deployment (run from the repository root).')
output packageCommand string = 'manifest/package.sh --app-id ${guid(resourceGroup().id, 'teams-app', prefix)} --bot-id ${botAppId} --domain ${webApp.outputs.defaultHostName}'
