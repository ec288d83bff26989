using 'main.bicep'

// Change these for your district; the rest of the template's parameters have working defaults.
param baseName = 'awarebot'
param appServiceSku = 'B1'
param botSku = 'F0'
param botDisplayName = 'AwarenessBot'
