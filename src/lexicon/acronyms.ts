import type { Language } from '../taxonomy/index.js';

/**
 * Acronyms of the seed lexicons, as they are written (written for sdg-align, MIT). The seed
 * lexicons store terms in lower case, so `plui` would otherwise be stemmed and case-folded and
 * found in « pluies », `scot` in « Scots », `sage` in « sage », `tic` in « tic ». A lexicon word
 * listed here is matched as an acronym: on its letters, in a word that the text writes with at
 * least one capital (`src/text/inflect.ts`), never stemmed.
 *
 * Chosen by reading every one-word and short term of the lexicons: abbreviations of French public
 * bodies, schemes, plans and programmes, and of international ones. Words that merely look short
 * (`bocage`, `radon`, `zika`, `vrac`) are not acronyms and stay out.
 */
const FRENCH = [
  // French plans, schemes and zoning
  'PLUi', 'PLU', 'SCoT', 'PLH', 'PCAET', 'PCET', 'PADD', 'PDU', 'PLPDMA', 'PRPGD', 'PPRI', 'PPRN', 'PPRT', 'PAPI', 'PPBE', 'PSMV',
  'SRADDET', 'SRCAE', 'SRCE', 'SRDEII', 'SRESRI', 'SDAGE', 'SAGE', 'SDAASP', 'SDTAN', 'DICRIM', 'DOCOB', 'SLGRI', 'PDASR', 'PDIPR',
  'PDALHPD', 'PEDT', 'PTGE', 'PTRE', 'PTSM', 'PNACC', 'PNNS', 'SNBC', 'PRSE', 'CRTE', 'CPER', 'ZAN', 'ENAF', 'ZAC', 'ZFE', 'ZRR', 'ZNIEFF',
  'ZPPAUP', 'AVAP', 'ZEE', 'ZMEL', 'ZIBAC', 'QPV', 'NPNRU', 'OPAH', 'GEMAPI', 'ICPE', 'ISDND', 'SPANC', 'SPASER', 'PETR', 'EPTB', 'EPAGE',
  'AOM', 'IRVE', 'FTTH', 'DPE', 'BEPOS', 'BEGES', 'RE2020', 'EnR', 'TEOM', 'REOM', 'TFPB', 'TICPE', 'CVAE', 'DMTO', 'FPIC', 'RPQS', 'REUT',
  'AEP', 'DFCI', 'MAEC', 'PSLA', 'PLAI', 'HLM', 'DALO', 'CCAPEX', 'SIAO', 'CHRS', 'HUDA', 'DSP', 'SPL', 'SEMOP', 'SCIC', 'SAFER', 'SATT',
  // French public bodies and services
  'CCAS', 'CIAS', 'ARS', 'CAUE', 'CPIE', 'CRPF', 'CNPF', 'ONF', 'OFB', 'OFII', 'OFAST', 'ANCT', 'ANRU', 'AFD', 'INSEE', 'INRAE', 'CIRAD',
  'HATVP', 'CNCDH', 'AGRASC', 'TRACFIN', 'DILCRAH', 'AASQA', 'MDPH', 'PMI', 'ASE', 'CIDFF', 'CDAD', 'CLSPD', 'CISPD', 'CSAPA', 'CAARUD',
  'CeGIDD', 'CPTS', 'IFSI', 'IUT', 'BTS', 'CFA', 'INSPÉ', 'SEGPA', 'ULIS', 'UPE2A', 'CASNAV', 'PIAL', 'AESH', 'ATSEM', 'EAJE', 'LAEP',
  'UAPED', 'CRIP', 'PLIE', 'GEIQ', 'SIAE', 'IAE', 'ESAT', 'EPIDE', 'E2C', 'CEJ', 'TZCLD', 'VAE', 'BAFA', 'BPJEPS', 'CIFRE', 'ESS', 'PTCE',
  'FEDER', 'FEADER', 'FEAMP', 'FEAMPA', 'LEADER', 'GECT', 'FICOL', 'DAECT', 'FORIM', 'CDDF', 'CCRE', 'CGLU', 'AIMF', 'CCSPL', 'OAP',
  // French terms of public action
  'RSA', 'AAH', 'SMIC', 'PME', 'TPE', 'PMR', 'RSE', 'RSO', 'QVCT', 'DUERP', 'F3SCT', 'RGPD', 'SIG', 'TIC', 'IVG', 'VIH', 'PrEP', 'DASRI',
  'DEEE', 'NO2', 'PIB', 'IDH', 'FMI', 'OMC', 'OIT', 'CCNUCC', 'CNUDM', 'CNI', 'DPEF', 'FALC', 'AMAP',
  'APD', 'GIRE',
  'FACECO', 'PCS', 'CFE', 'PNAD', 'CALPAE', 'PPP',
];

/** International bodies and agreements, written alike in both languages. */
const INTERNATIONAL = ['COP21', 'COP26', 'COP28', 'COP29', 'COP30', 'G20', 'G77', 'BRICS', 'AGOA', 'CETA', 'FSC', 'MSC', 'PEFC', 'IRENA', 'BBNJ', 'CTCN', 'CSRD', 'PFAS', 'NEET', 'LGBTQI', 'LGBT'];

const ENGLISH = [
  'HIV', 'AIDS', 'ICT', 'IMF', 'WTO', 'FDI', 'ESG', 'CSR', 'CCTV', 'CEDAW', 'CGIAR', 'CRVS', 'EMFAF', 'ESOL', 'FATF', 'FCTC',
  'FGM', 'GPP', 'GSP', 'GSTC', 'GVA', 'HDI', 'HIPC', 'HLPF', 'ICPD', 'IFAD', 'ILO', 'ISSB', 'IWRM', 'JETP', 'LDCF', 'MIGA', 'MPA', 'MSY',
  'NAPA', 'NCQG', 'NEETs', 'PCSD', 'RECP', 'SMEs', 'SRHR', 'SSSI', 'TCFD', 'UCLG', 'ULEZ', 'UNCCD', 'WEEE', '10YFP', 'GDP', 'GHG', 'LDC',
  'LDCs', 'SDG', 'SDGs', 'DRR', 'SSF', 'UNFCCC', 'UNCLOS', 'NGO', 'ODA', 'GNI', 'PPP',
];

/** Per lexicon language: acronyms as written. */
export const LEXICON_ACRONYMS: Readonly<Record<Language, readonly string[]>> = {
  fr: [...FRENCH, ...INTERNATIONAL],
  en: [...ENGLISH, ...INTERNATIONAL],
};
