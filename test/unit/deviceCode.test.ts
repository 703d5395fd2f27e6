import { parseDeviceCode } from '../../src/domain/deviceCode';

const ZTD = 'e13be37b-0c1d-4f5e-9a8b-1234567890ab';
const blob = (ztd: string) =>
    `{"BlockSequence":{"Id":"7a6f0c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b","ZtdId":"${ztd}","PKID":"","SerialNumber":"","HardwareId":"","SequenceBlockNumber":1,"TotalBlocks":1}}`;

describe('QR text from the Autopilot configuration screen', () => {
    it.each([
        ['the blob as a reader shows it', blob(ZTD)],
        ['after the "Data to encode" label', `Data to encode\n${blob(ZTD)}`],
        ['after "Data to encode:" on one line', `Data to encode: ${blob(ZTD)}`],
        ['pretty-printed', JSON.stringify(JSON.parse(blob(ZTD)), null, 2)],
        ['with an upper-case id', blob(ZTD.toUpperCase())],
        ['with a braced id', blob(`{${ZTD}}`)],
        ['with ZtdId at the top level', `{"ZtdId":"${ZTD}","TotalBlocks":1}`],
        ['with lower-case keys', blob(ZTD).replace('ZtdId', 'ztdid').replace('BlockSequence', 'blocksequence')],
        ['cut off after the ZtdId', blob(ZTD).slice(0, blob(ZTD).indexOf(ZTD) + ZTD.length + 2)],
        ['with a trailing comma (damaged JSON)', blob(ZTD).replace('"TotalBlocks":1', '"TotalBlocks":1,')],
        ['a bare ZtdId', ZTD],
        ['a bare ZtdId in braces', `{${ZTD}}`],
        ['a labelled ZtdId', `ZtdId: ${ZTD}`],
        ['status and a ZtdId', `status ${ZTD}`],
        ['surrounded by spaces and newlines', `\n  ${blob(ZTD)}  \n`]
    ])('finds the device in %s', (_, text) => {
        expect(parseDeviceCode(text)).toEqual({ kind: 'ztdId', ztdId: ZTD });
    });

    it.each([
        ['cut off before the ZtdId', blob(ZTD).slice(0, 60), 'unreadable'],
        ['cut off inside the ZtdId', blob(ZTD).slice(0, blob(ZTD).indexOf(ZTD) + 12), 'badZtdId'],
        ['with an empty ZtdId', blob(''), 'noZtdId'],
        ['without a ZtdId', '{"BlockSequence":{"Id":"x","SequenceBlockNumber":1,"TotalBlocks":1}}', 'noZtdId'],
        ['with a ZtdId that is not a GUID', blob('not-a-guid'), 'badZtdId'],
        ['with a numeric ZtdId', '{"BlockSequence":{"ZtdId":42}}', 'noZtdId'],
        ['the label and the first half', `Data to encode {"BlockSequence":{"Id":"7a6f`, 'unreadable']
    ])('explains a blob %s', (_, text, problem) => {
        expect(parseDeviceCode(text)).toEqual({ kind: 'problem', problem });
    });

    it.each([
        'status PF3XYZ12',
        'how do I scan the QR code?',
        'what is the ZtdId',
        '{"foo": 1}',
        'e13be37b-0c1d-4f5e-9a8b',
        `${ZTD} and ${ZTD}`,
        ''
    ])('leaves other text to the chat: %s', (text) => {
        expect(parseDeviceCode(text)).toBeUndefined();
    });
});
