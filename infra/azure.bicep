// Azure resources for the Autopilot technician bot, in the Agents Toolkit layout (infra/azure.bicep,
// infra/azure.parameters.json, infra/botRegistration/azurebot.bicep):
//   - a user-assigned managed identity: the bot's Microsoft App ID (no secret to rotate) and its Graph identity
//   - a Linux App Service (Node 22) running `node dist/src/index.js`, with every setting the service needs
//   - an Azure Bot registered to that identity, with the Teams channel
// Deploy: az deployment group create -g <group> -f infra/azure.bicep -p infra/azure.parameters.json
// The outputs (BOT_ID, BOT_DOMAIN, ...) are what `npm run package` and the README's next steps use.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU. B1 or above: the device monitor needs Always On, which F1 does not offer.')
param webAppSKU string = 'B1'

@maxLength(42)
@description('Name of the bot in the Azure portal')
param botDisplayName string = 'Autopilot Technician'

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName
param location string = resourceGroup().location

@description('Linux Node.js runtime; build the deployment zip with the same Node major version (native SQLite module).')
param linuxFxVersion string = 'NODE|22-lts'

@description('Microsoft Graph root; change only for a national cloud (for example https://graph.microsoft.us).')
param graphBaseUrl string = 'https://graph.microsoft.com'

@description('Minutes after which a deployment still in the Enrollment Status Page is called stalled (the ESP time limit).')
param espTimeoutMinutes int = 60

@allowed([ 'fatal', 'error', 'warn', 'info', 'debug', 'trace' ])
param logLevel string = 'info'

@description('Entra object ids (comma-separated) of the people who may register the helpdesk channel and take or resolve cases from anywhere. Empty: anyone in the helpdesk channel.')
param helpdeskAdminIds string = ''

@description('Entra object ids (comma-separated) of the people who may assign users to devices from chat. Empty: every technician.')
param assigners string = ''

@secure()
@description('Bearer token a Prometheus scraper must send to GET /metrics (16+ characters). Empty: /metrics is open.')
param metricsToken string = ''

@description('Teams channel id (19:...@thread.tacv2) that receives escalations until someone says "use this channel for escalations". Empty: none.')
param helpdeskChannelId string = ''

// One identity for both directions: Bot Framework tokens (BOT_TYPE=UserAssignedMSI) and app-only Graph calls
// (DefaultAzureCredential picks the managed identity named by AZURE_CLIENT_ID).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node dist/src/index.js' // the zip carries the build; `npm start` would try to compile
      alwaysOn: true // the device monitor polls in the background
      healthCheckPath: '/healthz' // liveness: a Graph outage makes /readyz fail, which is no reason to recycle
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1' // the uploaded zip is mounted read-only; data lives in DATA_DIR below
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false' // the zip already holds dist/ and production node_modules
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMSI'
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'AZURE_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'GRAPH_BASE_URL'
          value: graphBaseUrl
        }
        {
          name: 'DATA_DIR'
          value: '/home/data' // /home is the App Service's persistent storage; SQLite keeps state there
        }
        {
          name: 'ESP_TIMEOUT_MINUTES'
          value: string(espTimeoutMinutes)
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'HELPDESK_ADMIN_IDS'
          value: helpdeskAdminIds
        }
        {
          name: 'HELPDESK_CHANNEL_ID'
          value: helpdeskChannelId
        }
        {
          name: 'ASSIGNERS'
          value: assigners
        }
        {
          name: 'METRICS_TOKEN'
          value: metricsToken
        }
      ]
    }
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// The names the Agents Toolkit uses for these values, so `npm run package` and the README read the same ones.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output BOT_WEB_APP_NAME string = webApp.name
