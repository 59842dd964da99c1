import { spaCodegenConfig } from '@partnerkit/spa-config/codegen';

export default spaCodegenConfig();
