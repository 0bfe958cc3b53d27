// The Azure Bot registration with its Teams channel (professionals) and Direct Line channel
// (the client Web Chat on the organisation's site).

@description('Name of the Azure Bot resource.')
param name string

@description('Name users see for the bot.')
param displayName string

@description('Messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

@description('UserAssignedMSI or SingleTenant.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('The bot\'s Microsoft App ID: the identity\'s client id, or the app registration\'s client id for SingleTenant.')
param appId string

@description('Resource id of the user-assigned managed identity (used for UserAssignedMSI).')
param identityId string

@description('F0 (free; unlimited messages on standard channels such as Teams and Direct Line) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Origins (https://host) of the pages that embed the client Web Chat. Empty: any origin may use a token.')
param webChatOrigins string[]

@description('Tags for every resource.')
param tags object

var isManagedIdentity = appType == 'UserAssignedMSI'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: isManagedIdentity ? identityId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(webChatOrigins)
          trustedOrigins: webChatOrigins
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
output directLineSiteName string = 'Web Chat'
