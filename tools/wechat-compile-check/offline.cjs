// Preloaded (via NODE_OPTIONS) into miniprogram-ci and the compiler processes it forks, so the
// check never talks to WeChat's servers: the extension allow-list uses the package's built-in
// defaults, and any other request fails at once, visibly.
const path = require('node:path');

const dist = path.join(__dirname, 'node_modules', 'miniprogram-ci', 'dist');

const whiteExtList = require(path.join(dist, 'utils', 'white_ext_list.js'));
whiteExtList.getWhiteExtList = async () => ({
  GameWhiteList: new Set(whiteExtList.GameWhiteList),
  MiniProgramWhiteList: new Set(whiteExtList.MiniProgramWhiteList),
});

const request = require(path.join(dist, 'utils', 'request.js'));
request.request = async (options) => {
  throw new Error(`wechat-compile-check runs offline; refused a request to ${options?.url}`);
};
