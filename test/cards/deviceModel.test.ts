import { deviceModelName } from '../../src/cards/deviceModel';

/** One home for how a device's make and model read, on status, alert and helpdesk cards. */
it.each([
    [{ manufacturer: 'HP', model: 'HP EliteBook 840 G10' }, 'HP EliteBook 840 G10'],
    [{ manufacturer: 'Microsoft Corporation', model: 'Microsoft Surface Laptop 5' }, 'Microsoft Surface Laptop 5'],
    [{ manufacturer: 'Microsoft Corporation', model: 'Surface Pro 9' }, 'Microsoft Surface Pro 9'],
    [{ manufacturer: 'Hewlett-Packard', model: 'HP EliteBook 845' }, 'HP EliteBook 845'],
    [{ manufacturer: 'Dell Inc.', model: 'Dell Inc. Latitude 7440' }, 'Dell Latitude 7440'],
    [{ manufacturer: 'Dell Inc.', model: 'Latitude 7440' }, 'Dell Latitude 7440'],
    [{ manufacturer: 'LENOVO', model: '21HDCTO1WW', systemFamily: 'ThinkPad T14 Gen 4' }, 'Lenovo ThinkPad T14 Gen 4 (21HDCTO1WW)'],
    [{ manufacturer: 'LENOVO', model: '', systemFamily: 'ThinkPad T14' }, 'Lenovo ThinkPad T14'],
    [{ manufacturer: 'LENOVO', model: '21HDCTO1WW' }, 'Lenovo 21HDCTO1WW'],
    [{ manufacturer: 'HP', model: 'HP ProBook 440', systemFamily: '103C_5336AN HP ProBook' }, 'HP ProBook 440'],
    [{ manufacturer: 'HP', model: 'HPE ProLiant' }, 'HP HPE ProLiant'],
    [{ manufacturer: 'Contoso Devices', model: 'Contoso Book 2' }, 'Contoso Book 2'],
    [{ model: 'Virtual Machine' }, 'Virtual Machine'],
    [{ manufacturer: 'Microsoft Corporation' }, 'Microsoft'],
    [{}, undefined]
])('%o reads %s', (device, expected) => expect(deviceModelName(device)).toBe(expected));
